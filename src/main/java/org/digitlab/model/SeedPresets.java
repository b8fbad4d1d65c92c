package org.digitlab.model;

import static org.digitlab.model.Activation.LINEAR;
import static org.digitlab.model.Activation.RELU;
import static org.digitlab.model.Activation.SIGMOID;
import static org.digitlab.model.Activation.TANH;
import static org.digitlab.model.PresetFactory.KERAS_ADAM_LR;
import static org.digitlab.model.PresetFactory.KERAS_RMSPROP_LR;
import static org.digitlab.model.PresetFactory.KERAS_SGD_LR;
import static org.digitlab.model.PresetFactory.SEED_DEFAULT;
import static org.digitlab.model.PresetFactory.SEED_NOTEBOOK_000;
import static org.digitlab.model.PresetFactory.activation;
import static org.digitlab.model.PresetFactory.conv;
import static org.digitlab.model.PresetFactory.dense;
import static org.digitlab.model.PresetFactory.flatten;
import static org.digitlab.model.PresetFactory.holdoutHalf;
import static org.digitlab.model.PresetFactory.softmaxOutput;
import static org.digitlab.model.PresetFactory.spec;
import static org.digitlab.model.PresetFactory.trainTest;
import static org.digitlab.model.PresetFactory.validationSplit;

/** The eight models of the five seed notebooks, exactly as the notebooks define and train them. */
final class SeedPresets {

    private SeedPresets() {
    }

    static ArchitectureSpec mlp100() {
        return spec("mlp-100", "MLP 100", "004", """
                From "ANN with MNIST" (Industrial AI Lab, POSTECH): an MNIST image is a 28×28 array of
                intensities that the network reads as one vector of 784 numbers. One hidden layer of 100
                ReLU units and a softmax over the ten digits, trained with Adam for 5 epochs, reaches 97.49%
                test accuracy; the lesson ends by showing a random test image beside a stem plot of its ten
                predicted probabilities.""",
                trainTest(Optimizer.ADAM, KERAS_ADAM_LR, Loss.CROSS_ENTROPY, 32, 5, SEED_DEFAULT),
                flatten(), dense(100, RELU), softmaxOutput());
    }

    static ArchitectureSpec mlp512x256() {
        return spec("mlp-512-256", "MLP 512-256", "001", """
                The baseline of "Lesson 08 - CNN for the MNIST Dataset": pixels scaled to [0, 1], the 10,000
                holdout images split half for validation and half for test, and a dense network of 512 and
                256 ReLU units trained with Adam in batches of 1,024 for 20 epochs. It reaches 97.86% test
                accuracy (98.26% validation), the bar the lesson's CNN then beats, and it is the model that
                collapses to about 89% once the digits are moved off-centre.""",
                holdoutHalf(Optimizer.ADAM, KERAS_ADAM_LR, 1024, 20),
                flatten(), dense(512, RELU), dense(256, RELU), softmaxOutput());
    }

    static ArchitectureSpec mlpSigmoidMse() {
        return spec("mlp-sigmoid-mse", "MLP sigmoid + MSE", "002", """
                The deliberate failure: a dense network of 512 and 128 sigmoid units trained with plain SGD
                (learning rate 0.01) on the mean squared error between its softmax and the one-hot label.
                After 5 epochs in batches of 128 it is right only 12.8% of the time, barely better than
                guessing. The notebook's exercise is to fix it: try categorical cross-entropy, Adam or
                RMSprop, ReLU or tanh, more hidden units or more layers, and watch the curve move.""",
                trainTest(Optimizer.SGD, KERAS_SGD_LR, Loss.MSE, 128, 5, SEED_DEFAULT),
                flatten(), dense(512, SIGMOID), dense(128, SIGMOID), softmaxOutput());
    }

    static ArchitectureSpec mlpDropout() {
        return spec("mlp-dropout", "MLP with dropout", "003", """
                The feed-forward half of "Basic Image Classification with Feedforward NN and LeNet5": two
                layers of 512 ReLU units, each followed by dropout of 20%, trained with RMSprop on 80% of the
                training set while 20% checks it, keeping the weights with the best validation loss. Untrained
                it scores 10.42%, chance level. The notebook's printed run was broken (validation loss near 11
                and a final test accuracy of 37.36%); trained correctly this network reaches about 98%. The
                notebook does not show its batch size, so Keras' default of 32 is used.""",
                validationSplit(Optimizer.RMSPROP, KERAS_RMSPROP_LR, 32, 10),
                flatten(), dense(512, RELU), new LayerSpec.Dropout(0.2), dense(512, RELU),
                new LayerSpec.Dropout(0.2), softmaxOutput());
    }

    static ArchitectureSpec lenet5Small() {
        return spec("lenet5-small", "LeNet-5 (small, 28×28)", "000", """
                A smaller LeNet-5 for the unpadded 28×28 images, built as a fill-in-the-blanks exercise:
                C1 is six 2×2 linear filters (27×27×6), each max-pool is followed by a separate sigmoid,
                C3 has sixteen 5×5 filters, C5 a hundred and twenty 4×4 filters that shrink the image to
                1×1, then 84 tanh units and a softmax. With SGD at Keras' default rate, batches of 128 and
                seed 12345 it trains for 50 epochs and scores 97.02% on the 10,000 held-out images; its
                44,300 parameters are counted layer by layer in the notebook's comments.""",
                trainTest(Optimizer.SGD, KERAS_SGD_LR, Loss.CROSS_ENTROPY, 128, 50, SEED_NOTEBOOK_000),
                conv(6, 2, LINEAR), LayerSpec.MaxPool.of(2), activation(SIGMOID),
                conv(16, 5, LINEAR), LayerSpec.MaxPool.of(2), activation(SIGMOID),
                conv(120, 4, LINEAR), flatten(), dense(84, TANH), softmaxOutput());
    }

    static ArchitectureSpec lenet5() {
        return spec("lenet5", "LeNet-5 (notebook 003)", "003", """
                The LeNet-5 half of "Basic Image Classification with Feedforward NN and LeNet5": a simplified
                LeNet-5 without the original radial-basis output, tanh convolutions of 6, 16 and 120 filters
                of 5×5 with average pooling between them (the first pool moves by one pixel, so it keeps
                23×23), 84 tanh units and a softmax, over 300,000 parameters. Trained with the original
                stochastic gradient descent in batches of 32 for 50 epochs on an 80/20 train/validation
                split, keeping the best validation loss, it reaches 99.19% test accuracy.""",
                validationSplit(Optimizer.SGD, KERAS_SGD_LR, 32, 50),
                conv(6, 5, TANH), LayerSpec.AvgPool.of(2, 1), conv(16, 5, TANH), LayerSpec.AvgPool.of(2),
                conv(120, 5, TANH), flatten(), dense(84, TANH), softmaxOutput());
    }

    static ArchitectureSpec cnn3Conv() {
        return spec("cnn-3conv", "CNN 32-64-64", "001", """
                The convolutional network of "Lesson 08 - CNN for the MNIST Dataset": three 3×3 ReLU
                convolutions of 32, 64 and 64 filters (the first with "same" padding), each followed by 2×2
                max pooling, then 64 ReLU units and a softmax: 72,842 parameters, a seventh of the dense
                baseline's. With Adam in batches of 256 for 20 epochs it reaches 99.18-99.36% validation
                accuracy, and it keeps about 98% when the digits are moved off-centre, where the MLP falls
                to 89%.""",
                holdoutHalf(Optimizer.ADAM, KERAS_ADAM_LR, 256, 20),
                LayerSpec.Conv2D.of(32, 3, Padding.SAME, RELU), LayerSpec.MaxPool.of(2),
                conv(64, 3, RELU), LayerSpec.MaxPool.of(2), conv(64, 3, RELU), LayerSpec.MaxPool.of(2),
                flatten(), dense(64, RELU), softmaxOutput());
    }

    static ArchitectureSpec cnnBatchNorm() {
        return spec("cnn-batchnorm", "CNN with batch norm", "002", """
                The notebook's second model after the failed sigmoid/MSE network: convolution, activation,
                pooling, then a fully connected head. Two 3×3 convolutions of 32 filters, each normalised by
                batch norm before its ReLU, 2×2 max pooling, 128 units with batch norm, ReLU and 20% dropout,
                and a softmax. With Adam at a high learning rate of 0.01 in batches of 64 it reaches 98.12%
                test accuracy after a single epoch. Batch norm's moving mean and variance are counted as
                parameters, as Keras does, but are not trained.""",
                trainTest(Optimizer.ADAM, 0.01, Loss.CROSS_ENTROPY, 64, 1, SEED_DEFAULT),
                conv(32, 3, LINEAR), new LayerSpec.BatchNorm(), activation(RELU),
                conv(32, 3, LINEAR), new LayerSpec.BatchNorm(), activation(RELU), LayerSpec.MaxPool.of(2),
                flatten(), dense(128, LINEAR), new LayerSpec.BatchNorm(), activation(RELU),
                new LayerSpec.Dropout(0.2), softmaxOutput());
    }
}
