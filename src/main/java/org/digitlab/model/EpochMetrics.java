package org.digitlab.model;

/**
 * The figures of one finished epoch, as Keras prints them. Validation figures are {@code NaN}
 * when the run has no validation set.
 *
 * @param epoch 1-based epoch number
 * @param trainLoss mean training loss over the epoch's batches (the model changes as it goes,
 *     as in Keras)
 * @param trainAccuracy fraction of training examples classified right during the epoch
 * @param valLoss loss on the validation set after the epoch
 * @param valAccuracy accuracy on the validation set after the epoch
 * @param seconds wall time of the epoch's training, validation excluded
 * @param examplesPerSecond training examples over {@code seconds}
 */
public record EpochMetrics(int epoch, double trainLoss, double trainAccuracy, double valLoss,
        double valAccuracy, double seconds, double examplesPerSecond) {

    public boolean hasValidation() {
        return !Double.isNaN(valLoss);
    }
}
