package org.digitlab.training;

/**
 * The probes' probabilities at one moment of a run.
 *
 * @param epoch 1-based epoch
 * @param iteration 1-based iteration count since the run started (batches trained so far)
 * @param probabilities one row per probe image, in the request's order, ten probabilities each
 */
public record ProbeSnapshot(int epoch, long iteration, float[][] probabilities) {
}
