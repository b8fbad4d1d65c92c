package org.digitlab.training;

/**
 * One sampled training iteration: listeners get at most a few of these a second, never one per
 * batch of a fast model.
 *
 * @param epoch 1-based epoch; a run that continues a model numbers on after its earlier epochs
 * @param iteration 1-based iteration count since the run started
 * @param batchInEpoch 1-based batch index within the epoch
 * @param batchesPerEpoch batches in one epoch
 * @param loss loss of this batch
 * @param examplesPerSecond training speed over the epoch so far
 * @param elapsedSeconds wall time since the run started
 * @param etaSeconds estimated seconds until the last epoch ends
 */
public record BatchMetrics(int epoch, long iteration, int batchInEpoch, int batchesPerEpoch,
        double loss, double examplesPerSecond, double elapsedSeconds, double etaSeconds) {
}
