package org.digitlab.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.digitlab.model.EpochMetrics;
import org.digitlab.training.BatchMetrics;
import org.digitlab.training.RunState;
import org.digitlab.training.TrainingListener;

/**
 * Carries a run's events from the training thread to the FX thread, coalesced: events pile up
 * here and one hand-off drains them all, and a hand-off is only scheduled when none is pending.
 * With the engine sampling at most 20 batch events a second, the charts get at most ~20 updates
 * a second however fast the model trains, and never one {@code runLater} per batch.
 */
final class RunUpdates implements TrainingListener {

    /** What the FX thread receives in one hand-off. */
    record Update(List<BatchMetrics> batches, List<EpochMetrics> epochs, RunState state) {
        boolean isEmpty() {
            return batches.isEmpty() && epochs.isEmpty() && state == null;
        }
    }

    interface Sink {
        void apply(Update update);
    }

    private final Executor fx;
    private final Sink sink;
    private List<BatchMetrics> batches = new ArrayList<>();
    private List<EpochMetrics> epochs = new ArrayList<>();
    private RunState state;
    private boolean scheduled;
    private int handOffs;

    RunUpdates(Executor fx, Sink sink) {
        this.fx = fx;
        this.sink = sink;
    }

    @Override
    public void onStateChanged(RunState newState) {
        synchronized (this) {
            state = newState;
        }
        schedule();
    }

    @Override
    public void onBatch(BatchMetrics batch) {
        synchronized (this) {
            batches.add(batch);
        }
        schedule();
    }

    @Override
    public void onEpoch(EpochMetrics epoch) {
        synchronized (this) {
            epochs.add(epoch);
        }
        schedule();
    }

    private void schedule() {
        synchronized (this) {
            if (scheduled) {
                return;
            }
            scheduled = true;
        }
        fx.execute(this::flush);
    }

    /** On the FX thread: hands everything pending to the sink at once. */
    void flush() {
        Update update;
        synchronized (this) {
            update = new Update(batches, epochs, state);
            batches = new ArrayList<>();
            epochs = new ArrayList<>();
            state = null;
            scheduled = false;
            if (!update.isEmpty()) {
                handOffs++;
            }
        }
        if (!update.isEmpty()) {
            sink.apply(update);
        }
    }

    /** How many hand-offs reached the FX thread, for tests of the coalescing. */
    synchronized int handOffs() {
        return handOffs;
    }
}
