package org.digitlab.model;

import static org.digitlab.model.Activation.RELU;
import static org.digitlab.model.Activation.TANH;
import static org.digitlab.model.PresetFactory.KERAS_ADAM_LR;
import static org.digitlab.model.PresetFactory.SEED_DEFAULT;
import static org.digitlab.model.PresetFactory.UNCENTERED_DATASET;
import static org.digitlab.model.PresetFactory.UNCENTERED_INPUT;
import static org.digitlab.model.PresetFactory.conv;
import static org.digitlab.model.PresetFactory.dense;
import static org.digitlab.model.PresetFactory.flatten;
import static org.digitlab.model.PresetFactory.holdoutHalf;
import static org.digitlab.model.PresetFactory.softmaxOutput;
import static org.digitlab.model.PresetFactory.spec;
import static org.digitlab.model.PresetFactory.trainTest;

/** Presets beside the seed notebooks: the classic LeNet-5 and the uncentered-digits lesson. */
final class ExtraPresets {

    /** LeCun et al. pad the 28×28 digits to 32×32 so that strokes reach the centre of C1's filters. */
    private static final int CLASSIC_LENET_PADDING = 2;

    private ExtraPresets() {
    }

    static ArchitectureSpec lenet5Classic() {
        return spec("lenet5-classic", "LeNet-5 (classic, 1998)", "LeCun et al. 1998", """
                The LeNet-5 of LeCun et al. (1998) as far as Keras layers allow: the digit padded to 32×32,
                C1 six 5×5 tanh filters, S2 2×2 average pooling, C3 sixteen 5×5 filters connected to all six
                maps (the paper connects each to only some), S4, C5 a hundred and twenty 5×5 filters that
                reduce the image to 1×1, F6 84 tanh units, and a softmax in place of the paper's radial-basis
                output: 61,706 parameters. It has no notebook, so its defaults are chosen: Adam at 1e-3 in
                batches of 128 for 10 epochs, because SGD at 0.01 needs tens of epochs with tanh (the small
                LeNet of notebook 000 trains for 50) and this preset should give a result in one sitting.""",
                trainTest(Optimizer.ADAM, KERAS_ADAM_LR, Loss.CROSS_ENTROPY, 128, 10, SEED_DEFAULT),
                new LayerSpec.ZeroPadding(CLASSIC_LENET_PADDING), conv(6, 5, TANH), LayerSpec.AvgPool.of(2),
                conv(16, 5, TANH), LayerSpec.AvgPool.of(2), conv(120, 5, TANH), flatten(), dense(84, TANH),
                softmaxOutput());
    }

    static ArchitectureSpec mlp512x256Uncentered() {
        return spec("mlp-512-256-uncentered", "MLP 512-256, uncentered digits", "001", """
                The translation-invariance lesson of notebook 001, dense side: every digit is pasted at a
                random offset into a blank 56×56 image and the same 512-256 ReLU network is trained on the
                3,136 pixels, with Adam in batches of 1,024 for 20 epochs as before. With 1,740,042
                parameters it still reaches only about 89% validation accuracy, because a dense layer must
                learn every stroke again at every position. Train it beside the uncentered CNN to see both
                curves on one chart.""",
                holdoutHalf(Optimizer.ADAM, KERAS_ADAM_LR, 1024, 20).withDataset(UNCENTERED_DATASET),
                flatten(), dense(512, RELU), dense(256, RELU), softmaxOutput()).withInput(UNCENTERED_INPUT);
    }

    static ArchitectureSpec cnn3ConvUncentered() {
        return spec("cnn-3conv-uncentered", "CNN 32-64-64, uncentered digits", "001", """
                The translation-invariance lesson of notebook 001, convolutional side: the 32-64-64 CNN on
                the same 56×56 images with randomly placed digits reaches about 98% validation accuracy,
                because a filter finds a stroke wherever it is and pooling forgets exactly where. All its
                convolutions use "valid" padding. The notebook's output layer had 100 units by mistake
                (164,708 parameters); this preset uses 10, for 158,858. Adam, batches of 256, 20 epochs.""",
                holdoutHalf(Optimizer.ADAM, KERAS_ADAM_LR, 256, 20).withDataset(UNCENTERED_DATASET),
                conv(32, 3, RELU), LayerSpec.MaxPool.of(2), conv(64, 3, RELU), LayerSpec.MaxPool.of(2),
                conv(64, 3, RELU), LayerSpec.MaxPool.of(2), flatten(), dense(64, RELU), softmaxOutput())
                .withInput(UNCENTERED_INPUT);
    }
}
