package org.digitlab.model.dl4j;

import java.util.List;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.WorkspaceMode;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.digitlab.model.Activation;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.InputShape;
import org.digitlab.model.LayerSpec;
import org.digitlab.model.ModelSummary;
import org.digitlab.model.Shape;
import org.digitlab.model.SummaryRow;
import org.digitlab.model.TrainingSettings;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.ScheduleType;

/**
 * Builds a DL4J {@link MultiLayerNetwork} from an {@link ArchitectureSpec}, with Keras' defaults
 * wherever DL4J's differ, so that a preset trains like its notebook.
 */
public final class Dl4jNetworkFactory {

    /** Keras' epsilon for Adam and RMSprop (DL4J's default is 1e-8). */
    static final double KERAS_EPSILON = 1e-7;
    static final double KERAS_ADAM_BETA1 = 0.9;
    static final double KERAS_ADAM_BETA2 = 0.999;
    /** Keras' RMSprop rho. */
    static final double KERAS_RMSPROP_RHO = 0.9;

    private Dl4jNetworkFactory() {
    }

    /** An initialised network for the spec. */
    public static MultiLayerNetwork build(ArchitectureSpec spec) {
        MultiLayerNetwork network = new MultiLayerNetwork(configuration(spec));
        network.init();
        return network;
    }

    /**
     * The network's configuration.
     *
     * @throws org.digitlab.model.InvalidArchitectureException if the layers do not stack
     */
    public static MultiLayerConfiguration configuration(ArchitectureSpec spec) {
        // Validates first, so a bad spec fails with the layer's index and Keras name, not a DL4J trace.
        ModelSummary summary = ModelSummary.of(spec);
        TrainingSettings training = spec.training();
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(training.seed())
                .dataType(DataType.FLOAT)
                .weightInit(WeightInit.XAVIER_UNIFORM) // Keras' glorot_uniform
                .biasInit(0)
                .updater(updater(training))
                .trainingWorkspaceMode(WorkspaceMode.ENABLED)
                .inferenceWorkspaceMode(WorkspaceMode.ENABLED)
                .cacheMode(CacheMode.NONE)
                .list()
                // Keras accepts any loss/activation pair (e.g. MSE on softmax in notebook 002).
                .validateOutputLayerConfig(false);
        addLayers(list, spec, summary.rows(), training);
        list.setInputType(inputType(spec));
        MultiLayerConfiguration configuration = list.build();
        if (spec.expectsImageInput()) {
            // After build: setInputType would check the preprocessor against the image input type.
            configuration.getInputPreProcessors().put(0, flatRowsToImages(spec.input()));
        }
        return configuration;
    }

    /**
     * DL4J's own MNIST convention is flat rows of 784 values ({@code MnistDataSetIterator}, its
     * LeNet example's {@code InputType.convolutionalFlat(28, 28, 1)}); Digit Lab's convolutional
     * networks take channels-last images [N, H, W, C]. With this preprocessor on the first layer
     * they take both, so plain DL4J code scores a Digit Lab CNN with DL4J's iterators.
     *
     * <p>DL4J 1.0.0-M2.1's {@code FeedForwardToCnnPreProcessor} knows no data format: it reshapes a
     * row in C order to [N, channels, height, width] and passes 4-d input through unchanged. Given
     * height = W, width = C and channels = H, its reshape is [N, H, W, C]: channels-last, each row
     * read in (h, w, c) order, as DL4J's and Keras' flat images are. A stock class, so that any
     * DL4J reads the file; the names are swapped, the values are not.
     */
    static InputPreProcessor flatRowsToImages(InputShape input) {
        return new FeedForwardToCnnPreProcessor(input.width(), input.channels(), input.height());
    }

    private static void addLayers(NeuralNetConfiguration.ListBuilder list, ArchitectureSpec spec,
                                  List<SummaryRow> rows, TrainingSettings training) {
        Shape previous = imageShape(spec.input());
        boolean imageInput = spec.expectsImageInput();
        int dl4jIndex = 0;
        for (int i = 0; i < spec.layers().size(); i++) {
            LayerSpec layer = spec.layers().get(i);
            Shape before = previous;
            previous = rows.get(i).outputShape();
            if (layer instanceof LayerSpec.Flatten) {
                // No DL4J layer. The next layer gets the preprocessor explicitly rather than from
                // setInputType, which would not add one before BatchNorm/Dropout/Activation and so
                // would normalise per channel where Keras normalises every flattened value.
                if (imageInput && !before.flat()) {
                    list.inputPreProcessor(dl4jIndex,
                            new CnnToFeedForwardPreProcessor(before.height(), before.width(), before.channels(),
                                    Dl4jLayers.FORMAT));
                }
                continue;
            }
            if (layer instanceof LayerSpec.Conv2D conv && conv.activation() != Activation.LINEAR) {
                // Workaround for DL4J 1.0.0-M2.1: with channels-last input, the oneDNN convolution
                // helper computes wrong gradients for a fused ReLU (OneDnnHelpersTest compares them),
                // so the activation runs as a layer of its own: the same function, the same speed.
                list.layer(dl4jIndex++, named(Dl4jLayers.toDl4j(conv.withActivation(Activation.LINEAR),
                        training.loss()), rows.get(i).name()));
                list.layer(dl4jIndex++, named(Dl4jLayers.toDl4j(new LayerSpec.ActivationLayer(conv.activation()),
                        training.loss()), rows.get(i).name() + "_activation"));
                continue;
            }
            list.layer(dl4jIndex++, named(Dl4jLayers.toDl4j(layer, training.loss()), rows.get(i).name()));
        }
    }

    private static Layer named(Layer layer, String name) {
        layer.setLayerName(name);
        return layer;
    }

    private static Shape imageShape(InputShape input) {
        return Shape.image(input.height(), input.width(), input.channels());
    }

    /** Channels-last image input (N, H, W, C) only when the spec starts with spatial layers. */
    static InputType inputType(ArchitectureSpec spec) {
        InputShape input = spec.input();
        return spec.expectsImageInput()
                ? InputType.convolutional(input.height(), input.width(), input.channels(), Dl4jLayers.FORMAT)
                : InputType.feedForward(input.size());
    }

    /**
     * The optimizer with Keras' constants. A decaying learning rate is DL4J's exponential schedule
     * by epoch, a standard class, so the saved network stays readable by plain DL4J; the training
     * loop advances the network's epoch count after each epoch.
     */
    static IUpdater updater(TrainingSettings training) {
        double lr = training.learningRate();
        ISchedule schedule = training.learningRateDecay() > 0
                ? new ExponentialSchedule(ScheduleType.EPOCH, lr, 1 - training.learningRateDecay())
                : null;
        return switch (training.optimizer()) {
            case ADAM -> Adam.builder().learningRate(lr).learningRateSchedule(schedule)
                    .beta1(KERAS_ADAM_BETA1).beta2(KERAS_ADAM_BETA2).epsilon(KERAS_EPSILON).build();
            case RMSPROP -> RmsProp.builder().learningRate(lr).learningRateSchedule(schedule)
                    .rmsDecay(KERAS_RMSPROP_RHO).epsilon(KERAS_EPSILON).build();
            case SGD -> Sgd.builder().learningRate(lr).learningRateSchedule(schedule).build();
        };
    }
}
