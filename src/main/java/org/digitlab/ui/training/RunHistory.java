package org.digitlab.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.training.TrainingResult;
import org.digitlab.training.TrainingSession;

/**
 * The runs of this session of the app, on the FX thread: their numbering, the name and colour of
 * the run in progress, and every run that has ended (to compare, to use, to save).
 */
final class RunHistory {

    private final ReadOnlyObjectWrapper<RunRecord> lastRun = new ReadOnlyObjectWrapper<>(this, "lastRun");
    private final ObservableList<RunRecord> runs = FXCollections.observableArrayList();
    private final BooleanBinding hasModel = Bindings.createBooleanBinding(
            () -> lastRun.get() != null && lastRun.get().hasModel(), lastRun);
    private final List<Consumer<RunStart>> runStartListeners = new ArrayList<>();
    private int runNumber;
    private ArchitectureSpec specOfRun;

    /** Called on the FX thread whenever a run starts. */
    void onRunStarted(Consumer<RunStart> listener) {
        runStartListeners.add(listener);
    }

    /** Numbers the next run and announces it to the {@link #onRunStarted} listeners. */
    void next(ArchitectureSpec spec) {
        runNumber++;
        specOfRun = spec;
        RunStart start = new RunStart(currentName(), currentColor());
        runStartListeners.forEach(listener -> listener.accept(start));
    }

    /** "#2 cnn-3conv": the run in progress, or the last one. */
    String currentName() {
        return specOfRun == null ? "" : "#" + runNumber + " " + specOfRun.id();
    }

    /** Colour index of the run in progress (or the next one). */
    int currentColor() {
        return RunRecord.colorOf(runNumber == 0 ? 1 : runNumber);
    }

    /** The record of the run in progress, ended as {@code end} says, with the loss trace it drew. */
    RunRecord record(TrainingSession.Outcome end, List<LossPoint> trace) {
        TrainingResult result = end.result();
        return new RunRecord(runNumber, specOfRun, result.history().epochs(), List.copyOf(trace),
                result.outcome(), result.bestEpoch(), result.diagnosis(), end.test(), end.model(), null);
    }

    /** The run has ended: it becomes the last run and joins the list, in that order. */
    void add(RunRecord record) {
        lastRun.set(record);
        runs.add(record);
    }

    RunRecord last() {
        return lastRun.get();
    }

    ReadOnlyObjectProperty<RunRecord> lastRunProperty() {
        return lastRun.getReadOnlyProperty();
    }

    ObservableList<RunRecord> runs() {
        return runs;
    }

    /** The last run left a model. */
    BooleanBinding hasModel() {
        return hasModel;
    }
}
