package org.digitlab.model.dl4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.digitlab.model.Activation;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.InputShape;
import org.digitlab.model.InvalidArchitectureException;
import org.digitlab.model.LayerSpec;
import org.digitlab.model.ModelSummary;
import org.digitlab.model.Presets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

class Dl4jNetworkFactoryTest {

    private static final int BATCH = 2;

    static List<ArchitectureSpec> presets() {
        return Presets.all();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("presets")
    void everyPresetBuildsWithItsKerasParameterCountAndPredictsProbabilities(ArchitectureSpec spec) {
        MultiLayerNetwork network = Dl4jNetworkFactory.build(spec);

        // DL4J, like Keras, stores batch norm's moving mean and variance as parameters.
        assertThat(network.numParams()).isEqualTo(ModelSummary.of(spec).totalParams());

        INDArray output = network.output(zeros(spec));
        assertThat(output.shape()).containsExactly(BATCH, spec.numClasses());
        for (int row = 0; row < BATCH; row++) {
            assertThat(output.getRow(row).sumNumber().doubleValue()).isCloseTo(1.0, within(1e-4));
        }
    }

    @Test
    void dropoutRateBecomesDl4jRetainProbability() {
        MultiLayerConfiguration conf = Dl4jNetworkFactory.configuration(Presets.get("mlp-dropout"));

        DropoutLayer dropout = (DropoutLayer) conf.getConf(1).getLayer();
        assertThat(dropout.getIDropout()).isInstanceOfSatisfying(Dropout.class,
                retain -> assertThat(retain.getP()).isCloseTo(0.8, within(1e-12)));
    }

    @Test
    void keepsKerasUpdaterConstantsAndLayerNames() {
        MultiLayerConfiguration conf = Dl4jNetworkFactory.configuration(Presets.get("cnn-3conv"));

        FeedForwardLayer first = (FeedForwardLayer) conf.getConf(0).getLayer();
        assertThat(first.getLayerName()).isEqualTo("conv2d");
        assertThat(first.getIUpdater()).isInstanceOf(Adam.class);
        assertThat(((Adam) first.getIUpdater()).getEpsilon()).isEqualTo(1e-7);
        assertThat(conf.getConf(conf.getConfs().size() - 1).getLayer().getLayerName()).isEqualTo("dense_1");
    }

    @Test
    void batchNormAfterFlattenNormalisesEveryFlattenedValueAsKerasDoes() {
        ArchitectureSpec spec = Presets.get("cnn-3conv").withLayers(List.of(
                LayerSpec.Conv2D.of(4, 3, Activation.RELU), new LayerSpec.Flatten(), new LayerSpec.BatchNorm(),
                LayerSpec.Output.softmax(10)));

        MultiLayerNetwork network = Dl4jNetworkFactory.build(spec);

        assertThat(network.numParams()).isEqualTo(ModelSummary.of(spec).totalParams());
        assertThat(network.output(zeros(spec)).shape()).containsExactly(BATCH, 10);
    }

    @Test
    void invalidSpecFailsWithTheLayerNotADl4jTrace() {
        ArchitectureSpec spec = Presets.get("mlp-100").withInput(new InputShape(28, 28, 1)).withLayers(List.of(
                new LayerSpec.Dense(10, Activation.RELU), LayerSpec.Output.softmax(10)));

        assertThatThrownBy(() -> Dl4jNetworkFactory.configuration(spec))
                .isInstanceOf(InvalidArchitectureException.class)
                .hasMessageContaining("layer 0 (dense)");
    }

    /** Flat (N, H·W·C) or channels-last image (N, H, W, C) zeros, as the data iterator feeds them. */
    private static INDArray zeros(ArchitectureSpec spec) {
        InputShape in = spec.input();
        return spec.expectsImageInput()
                ? Nd4j.zeros(DataType.FLOAT, BATCH, in.height(), in.width(), in.channels())
                : Nd4j.zeros(DataType.FLOAT, BATCH, in.size());
    }
}
