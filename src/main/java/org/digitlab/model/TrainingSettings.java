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
 * @param learningRateDecay     share of the learning rate dropped after each epoch: epoch
 *                              {@code e} (from 1) trains at {@code learningRate * (1 - decay)^(e-1)};
 *                              0 = constant, as every notebook trains
 * @param shiftAugmentation     each training image is moved by a random whole number of pixels
 *                              in {@code -shift..shift} along each axis, a new draw every epoch,
 *                              so the network sees digits that are not perfectly centred; 0 = off.
 *                              Validation and test images are never moved
 * @param strokeAugmentation    half the training images are redrawn the way a mouse draws them:
 *                              hard-edged (ink above half intensity becomes full ink, the rest
 *                              none), half of those also one pixel bolder; a new draw every epoch.
 *                              Validation and test images are never changed
 * @param augmentation          {@link Augmentation#DRAW}: half the training images are redrawn the
 *                              way people draw (leaning, slanted, wobbly, with another pen; 1s with
 *                              a lead-in stroke, 7s with a bar), a new draw every epoch; see
 *                              {@code data.DrawAugmenter}. Validation and test images are never changed
 */
public record TrainingSettings(Optimizer optimizer, double learningRate, Loss loss, int batchSize,
                               int epochs, long seed, String datasetId, SplitKind split,
                               double validationFraction, boolean checkpointBestValLoss,
                               int earlyStoppingPatience, double learningRateDecay,
                               int shiftAugmentation, boolean strokeAugmentation,
                               Augmentation augmentation) {

    /** The dataset every notebook but the uncentered experiment uses. */
    public static final String MNIST = "mnist";

    /** More than a few pixels would push strokes of a 20-pixel MNIST digit off a 28-pixel image. */
    public static final int MAX_SHIFT = 4;

    public TrainingSettings {
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(datasetId, "datasetId");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(augmentation, "augmentation");
        if (!(learningRateDecay >= 0 && learningRateDecay < 1)) {
            throw new IllegalArgumentException("learningRateDecay must be in [0, 1), was " + learningRateDecay);
        }
        if (shiftAugmentation < 0 || shiftAugmentation > MAX_SHIFT) {
            throw new IllegalArgumentException("shiftAugmentation must be in 0.." + MAX_SHIFT
                    + " pixels, was " + shiftAugmentation);
        }
    }

    /** Settings with the draw augmentation off: what every caller wrote before it existed. */
    public TrainingSettings(Optimizer optimizer, double learningRate, Loss loss, int batchSize, int epochs, long seed,
                            String datasetId, SplitKind split, double validationFraction,
                            boolean checkpointBestValLoss, int earlyStoppingPatience, double learningRateDecay,
                            int shiftAugmentation, boolean strokeAugmentation) {
        this(optimizer, learningRate, loss, batchSize, epochs, seed, datasetId, split, validationFraction,
                checkpointBestValLoss, earlyStoppingPatience, learningRateDecay, shiftAugmentation,
                strokeAugmentation, Augmentation.NONE);
    }

    public TrainingSettings withEpochs(int newEpochs) {
        return new TrainingSettings(optimizer, learningRate, loss, batchSize, newEpochs, seed, datasetId,
                split, validationFraction, checkpointBestValLoss, earlyStoppingPatience,
                learningRateDecay, shiftAugmentation, strokeAugmentation, augmentation);
    }

    public TrainingSettings withBatchSize(int newBatchSize) {
        return new TrainingSettings(optimizer, learningRate, loss, newBatchSize, epochs, seed, datasetId,
                split, validationFraction, checkpointBestValLoss, earlyStoppingPatience,
                learningRateDecay, shiftAugmentation, strokeAugmentation, augmentation);
    }

    public TrainingSettings withLearningRate(double newLearningRate) {
        return new TrainingSettings(optimizer, newLearningRate, loss, batchSize, epochs, seed, datasetId,
                split, validationFraction, checkpointBestValLoss, earlyStoppingPatience,
                learningRateDecay, shiftAugmentation, strokeAugmentation, augmentation);
    }

    public TrainingSettings withOptimizer(Optimizer newOptimizer) {
        return new TrainingSettings(newOptimizer, learningRate, loss, batchSize, epochs, seed, datasetId,
                split, validationFraction, checkpointBestValLoss, earlyStoppingPatience,
                learningRateDecay, shiftAugmentation, strokeAugmentation, augmentation);
    }

    public TrainingSettings withLoss(Loss newLoss) {
        return new TrainingSettings(optimizer, learningRate, newLoss, batchSize, epochs, seed, datasetId,
                split, validationFraction, checkpointBestValLoss, earlyStoppingPatience,
                learningRateDecay, shiftAugmentation, strokeAugmentation, augmentation);
    }

    public TrainingSettings withSeed(long newSeed) {
        return new TrainingSettings(optimizer, learningRate, loss, batchSize, epochs, newSeed, datasetId,
                split, validationFraction, checkpointBestValLoss, earlyStoppingPatience,
                learningRateDecay, shiftAugmentation, strokeAugmentation, augmentation);
    }

    public TrainingSettings withDataset(String newDatasetId) {
        return new TrainingSettings(optimizer, learningRate, loss, batchSize, epochs, seed, newDatasetId,
                split, validationFraction, checkpointBestValLoss, earlyStoppingPatience,
                learningRateDecay, shiftAugmentation, strokeAugmentation, augmentation);
    }

    /** A different split; the fraction goes with it because its meaning depends on the kind. */
    public TrainingSettings withSplit(SplitKind newSplit, double newValidationFraction) {
        return new TrainingSettings(optimizer, learningRate, loss, batchSize, epochs, seed, datasetId,
                newSplit, newValidationFraction, checkpointBestValLoss, earlyStoppingPatience,
                learningRateDecay, shiftAugmentation, strokeAugmentation, augmentation);
    }

    public TrainingSettings withEarlyStoppingPatience(int newPatience) {
        return new TrainingSettings(optimizer, learningRate, loss, batchSize, epochs, seed, datasetId,
                split, validationFraction, checkpointBestValLoss, newPatience,
                learningRateDecay, shiftAugmentation, strokeAugmentation, augmentation);
    }

    public TrainingSettings withLearningRateDecay(double newDecay) {
        return new TrainingSettings(optimizer, learningRate, loss, batchSize, epochs, seed, datasetId,
                split, validationFraction, checkpointBestValLoss, earlyStoppingPatience,
                newDecay, shiftAugmentation, strokeAugmentation, augmentation);
    }

    public TrainingSettings withShiftAugmentation(int newShift) {
        return new TrainingSettings(optimizer, learningRate, loss, batchSize, epochs, seed, datasetId,
                split, validationFraction, checkpointBestValLoss, earlyStoppingPatience,
                learningRateDecay, newShift, strokeAugmentation, augmentation);
    }

    public TrainingSettings withStrokeAugmentation(boolean on) {
        return new TrainingSettings(optimizer, learningRate, loss, batchSize, epochs, seed, datasetId,
                split, validationFraction, checkpointBestValLoss, earlyStoppingPatience,
                learningRateDecay, shiftAugmentation, on, augmentation);
    }

    public TrainingSettings withAugmentation(Augmentation newAugmentation) {
        return new TrainingSettings(optimizer, learningRate, loss, batchSize, epochs, seed, datasetId,
                split, validationFraction, checkpointBestValLoss, earlyStoppingPatience,
                learningRateDecay, shiftAugmentation, strokeAugmentation, newAugmentation);
    }

    /** The learning rate of epoch {@code epoch} (from 1) under {@link #learningRateDecay()}. */
    public double learningRateAt(int epoch) {
        return learningRate * Math.pow(1 - learningRateDecay, epoch - 1);
    }
}
