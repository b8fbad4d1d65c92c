package org.digitlab.ui.state;

/**
 * A probe's ten probabilities at one moment of a run.
 *
 * @param epoch 1-based epoch
 * @param iteration batches trained so far
 * @param probabilities one per class
 */
public record ProbePoint(int epoch, long iteration, float[] probabilities) {
}
