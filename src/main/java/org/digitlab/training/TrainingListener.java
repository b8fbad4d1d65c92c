package org.digitlab.training;

import org.digitlab.model.EpochMetrics;

/**
 * Follows a training run. Called on the training thread: implementations hand work to their own
 * thread (the UI coalesces onto the FX thread) and return quickly. Every method has a no-op
 * default, so a listener implements only what it draws.
 */
public interface TrainingListener {

    default void onStateChanged(RunState state) {
    }

    /** A sampled iteration; see {@link TrainingRequest#batchEventsPerSecond()}. */
    default void onBatch(BatchMetrics batch) {
    }

    default void onEpoch(EpochMetrics epoch) {
    }

    /**
     * The probe images' probabilities, every {@link ProbeImages#everyBatches()} batches of a run
     * whose request carries probes (see {@link TrainingRequest#withProbes(ProbeImages)}).
     */
    default void onProbes(ProbeSnapshot snapshot) {
    }

    /** The best model so far was kept (validation loss improved). */
    default void onCheckpoint(int epoch, double valLoss) {
    }

    /** Called once, last, whatever the outcome. */
    default void onFinished(TrainingResult result) {
    }

    /**
     * One listener that passes every event to each of {@code listeners} in order, e.g. a training
     * view's own and the probe board's, since a run takes one listener.
     */
    static TrainingListener all(java.util.List<TrainingListener> listeners) {
        java.util.List<TrainingListener> copy = java.util.List.copyOf(listeners);
        return new TrainingListener() {
            @Override
            public void onStateChanged(RunState state) {
                copy.forEach(l -> l.onStateChanged(state));
            }

            @Override
            public void onBatch(BatchMetrics batch) {
                copy.forEach(l -> l.onBatch(batch));
            }

            @Override
            public void onEpoch(EpochMetrics epoch) {
                copy.forEach(l -> l.onEpoch(epoch));
            }

            @Override
            public void onProbes(ProbeSnapshot snapshot) {
                copy.forEach(l -> l.onProbes(snapshot));
            }

            @Override
            public void onCheckpoint(int epoch, double valLoss) {
                copy.forEach(l -> l.onCheckpoint(epoch, valLoss));
            }

            @Override
            public void onFinished(TrainingResult result) {
                copy.forEach(l -> l.onFinished(result));
            }
        };
    }
}
