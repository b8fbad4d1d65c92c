package org.digitlab.model;

import java.util.Objects;

/**
 * How a preset is trained: the notebook's own hyper-parameters, overridable from the UI or CLI
 * through the {@code with...} copies.
 *
 * @param optimizer             the update rule; its other constants are Keras' defaults
 * @param learningRate          the step size
 * @param loss                  the output layer's loss
 * @param batchSize             examples per gradient step
 * @param epochs                passes over the training set
 * @param seed                  seeds weight initialisation and shuffling, for repeatable runs
 * @param datasetId             which dataset to train on, e.g. "mnist" or "mnist-uncentered-56"
 * @param split                 how validation and test data are carved out
 * @param validationFraction    for {@link SplitKind#VALIDATION_FRACTION}, the share of the
 *                              training set held out (0.2); for {@link SplitKind#HOLDOUT_HALF},
 *                              the share of the holdout used for validation (0.5); otherwise 0
 * @param checkpointBestValLoss keep the weights of the epoch with the lowest validation loss, as
 *                              notebook 003's {@code ModelCheckpoint(save_best_only=True)} does
 * @param earlyStoppingPatience epochs without validation improvement before stopping; 0 = off
 */
public record TrainingSettings(Optimizer optimizer, double learningRate, Loss loss, int batchSize,
                               int epochs, long seed, String datasetId, SplitKind split,
                               double validationFraction, boolean checkpointBestValLoss,
                               int earlyStoppingPatience) {

    /** The dataset every notebook but the uncentered experiment uses. */
    public static final String MNIST = "mnist";

    public TrainingSettings {
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(datasetId, "datasetId");
        Objects.requireNonNull(split, "split");
    }

    public TrainingSettings withEpochs(int newEpochs) {
        return new TrainingSettings(optimizer, learningRate, loss, batchSize, newEpochs, seed, datasetId,
                split, validationFraction, checkpointBestValLoss, earlyStoppingPatience);
    }

    public TrainingSettings withBatchSize(int newBatchSize) {
        return new TrainingSettings(optimizer, learningRate, loss, newBatchSize, epochs, seed, datasetId,
                split, validationFraction, checkpointBestValLoss, earlyStoppingPatience);
    }

    public TrainingSettings withLearningRate(double newLearningRate) {
        return new TrainingSettings(optimizer, newLearningRate, loss, batchSize, epochs, seed, datasetId,
                split, validationFraction, checkpointBestValLoss, earlyStoppingPatience);
    }

    public TrainingSettings withOptimizer(Optimizer newOptimizer) {
        return new TrainingSettings(newOptimizer, learningRate, loss, batchSize, epochs, seed, datasetId,
                split, validationFraction, checkpointBestValLoss, earlyStoppingPatience);
    }

    public TrainingSettings withLoss(Loss newLoss) {
        return new TrainingSettings(optimizer, learningRate, newLoss, batchSize, epochs, seed, datasetId,
                split, validationFraction, checkpointBestValLoss, earlyStoppingPatience);
    }

    public TrainingSettings withSeed(long newSeed) {
        return new TrainingSettings(optimizer, learningRate, loss, batchSize, epochs, newSeed, datasetId,
                split, validationFraction, checkpointBestValLoss, earlyStoppingPatience);
    }

    public TrainingSettings withDataset(String newDatasetId) {
        return new TrainingSettings(optimizer, learningRate, loss, batchSize, epochs, seed, newDatasetId,
                split, validationFraction, checkpointBestValLoss, earlyStoppingPatience);
    }

    /** A different split; the fraction goes with it because its meaning depends on the kind. */
    public TrainingSettings withSplit(SplitKind newSplit, double newValidationFraction) {
        return new TrainingSettings(optimizer, learningRate, loss, batchSize, epochs, seed, datasetId,
                newSplit, newValidationFraction, checkpointBestValLoss, earlyStoppingPatience);
    }

    public TrainingSettings withEarlyStoppingPatience(int newPatience) {
        return new TrainingSettings(optimizer, learningRate, loss, batchSize, epochs, seed, datasetId,
                split, validationFraction, checkpointBestValLoss, newPatience);
    }
}
