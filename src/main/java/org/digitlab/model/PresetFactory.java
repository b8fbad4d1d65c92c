package org.digitlab.model;

import java.util.List;

/** Shorthand shared by the preset classes so that each preset reads like its notebook cell. */
final class PresetFactory {

    static final InputShape MNIST_INPUT = new InputShape(28, 28, 1);
    static final InputShape UNCENTERED_INPUT = new InputShape(56, 56, 1);
    static final int DIGITS = 10;
    static final String UNCENTERED_DATASET = "mnist-uncentered-56";

    /** Keras' default learning rates for the optimizers the notebooks pass by name. */
    static final double KERAS_ADAM_LR = 1e-3;
    static final double KERAS_RMSPROP_LR = 1e-3;
    static final double KERAS_SGD_LR = 0.01;

    static final long SEED_NOTEBOOK_000 = 12345;
    static final long SEED_DEFAULT = 1;
    /** Notebook 001 halves the 10k holdout into validation and test. */
    static final double HOLDOUT_VALIDATION_SHARE = 0.5;
    /** Notebook 003's {@code validation_split=0.2}: 48,000 / 12,000. */
    static final double VALIDATION_SPLIT = 0.2;

    private PresetFactory() {
    }

    static ArchitectureSpec spec(String id, String name, String notebook, String description,
                                 TrainingSettings training, LayerSpec... layers) {
        return new ArchitectureSpec(id, name, notebook, description.strip().replaceAll("\\s+", " "),
                MNIST_INPUT, DIGITS, List.of(layers), training);
    }

    /** Plain train/test split, no checkpointing. */
    static TrainingSettings trainTest(Optimizer optimizer, double lr, Loss loss, int batch, int epochs, long seed) {
        return new TrainingSettings(optimizer, lr, loss, batch, epochs, seed, TrainingSettings.MNIST,
                SplitKind.TRAIN_TEST, 0.0, false, 0, 0.0, 0, false);
    }

    /** Notebook 001: validation and test are the two halves of the 10k holdout (random_state 1). */
    static TrainingSettings holdoutHalf(Optimizer optimizer, double lr, int batch, int epochs) {
        return new TrainingSettings(optimizer, lr, Loss.CROSS_ENTROPY, batch, epochs, SEED_DEFAULT,
                TrainingSettings.MNIST, SplitKind.HOLDOUT_HALF, HOLDOUT_VALIDATION_SHARE, false, 0, 0.0, 0, false);
    }

    /** Notebook 003: 20% of training held out, best-validation-loss weights kept. */
    static TrainingSettings validationSplit(Optimizer optimizer, double lr, int batch, int epochs) {
        return new TrainingSettings(optimizer, lr, Loss.CROSS_ENTROPY, batch, epochs, SEED_DEFAULT,
                TrainingSettings.MNIST, SplitKind.VALIDATION_FRACTION, VALIDATION_SPLIT, true, 0, 0.0, 0, false);
    }

    static LayerSpec flatten() {
        return new LayerSpec.Flatten();
    }

    static LayerSpec dense(int units, Activation activation) {
        return new LayerSpec.Dense(units, activation);
    }

    static LayerSpec conv(int filters, int kernel, Activation activation) {
        return LayerSpec.Conv2D.of(filters, kernel, activation);
    }

    static LayerSpec activation(Activation activation) {
        return new LayerSpec.ActivationLayer(activation);
    }

    static LayerSpec softmaxOutput() {
        return LayerSpec.Output.softmax(DIGITS);
    }
}
