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
}
