package org.digitlab.ui.training;

import java.util.Locale;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.digitlab.training.BatchMetrics;
import org.digitlab.training.RunState;

/**
 * How far the current run is, as the progress row shows it: the bar, "Epoch 3/20", the speed and
 * the time left. A continued run (Train more) counts its own epochs for the bar and numbers them
 * after the model's earlier ones. Lives on the FX thread.
 */
public final class RunProgress {

    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(this, "fraction");
    private final ReadOnlyStringWrapper epochText = new ReadOnlyStringWrapper(this, "epochText", "");
    private final ReadOnlyStringWrapper speedText = new ReadOnlyStringWrapper(this, "speedText", "");
    private final ReadOnlyStringWrapper etaText = new ReadOnlyStringWrapper(this, "etaText", "");
    private final ReadOnlyDoubleWrapper examplesPerSecond = new ReadOnlyDoubleWrapper(this, "examplesPerSecond");
    private int epochsBefore;
    private int epochs = 1;

    /** 0..1 of this run's epochs. */
    public ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty epochTextProperty() {
        return epochText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty speedTextProperty() {
        return speedText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty etaTextProperty() {
        return etaText.getReadOnlyProperty();
    }

    /** Training examples per second over the current epoch. */
    public ReadOnlyDoubleProperty examplesPerSecondProperty() {
        return examplesPerSecond.getReadOnlyProperty();
    }

    /**
     * A new run of {@code runEpochs} epochs after {@code before} earlier ones: everything blank.
     */
    void reset(int before, int runEpochs) {
        epochsBefore = before;
        epochs = Math.max(1, runEpochs);
        fraction.set(0);
        epochText.set("");
        speedText.set("");
        etaText.set("");
    }

    void show(BatchMetrics batch) {
        double done = batch.epoch() - epochsBefore - 1 + (double) batch.batchInEpoch() / batch.batchesPerEpoch();
        fraction.set(Math.min(1.0, done / epochs));
        epochText.set("Epoch " + batch.epoch() + "/" + (epochsBefore + epochs));
        examplesPerSecond.set(batch.examplesPerSecond());
        speedText.set(String.format(Locale.ROOT, "%,.0f examples/s", batch.examplesPerSecond()));
        etaText.set("ETA " + Durations.format(batch.etaSeconds()));
    }

    void complete() {
        fraction.set(1);
    }

    /**
     * The run has ended (completed, stopped, limited or failed): no time is left and nothing is
     * training, so the speed and the ETA go; the epoch reached stays.
     */
    void end() {
        speedText.set("");
        etaText.set("");
    }

    /** The status line for a run's state. */
    static String describe(RunState runState) {
        return switch (runState) {
            case IDLE -> "Starting…";
            case RUNNING -> "Training…";
            case PAUSED -> "Paused";
            case STOPPING -> "Stopping after this batch…";
            case FINISHED -> "Finished";
            case FAILED -> "Failed";
        };
    }
}
