package org.digitlab.model.dl4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.digitlab.model.ArchitectureSpec;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingLayer;
import org.deeplearning4j.nn.layers.normalization.BatchNormalization;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.digitlab.engine.dl4j.Dl4jEngine;
import org.digitlab.model.Presets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast path is really taken: every convolution, pooling and batch-norm layer has its oneDNN
 * helper, and the helpers compute what DL4J's own layers compute.
 */
class OneDnnHelpersTest {

    @BeforeAll
    static void engineFirst() {
        Dl4jEngine.create(); // the helpers switch must be set before DL4J builds layers
    }

    @ParameterizedTest
    @ValueSource(strings = {"cnn-3conv", "lenet5", "lenet5-classic", "lenet5-small", "cnn-batchnorm"})
    void everyConvolutionAndPoolingLayerHasItsOneDnnHelper(String preset) {
        MultiLayerNetwork network = Dl4jNetworkFactory.build(Presets.get(preset));
        List<Layer> spatial = Arrays.stream(network.getLayers())
                .filter(l -> l instanceof ConvolutionLayer || l instanceof SubsamplingLayer
                        || l instanceof BatchNormalization)
                .toList();
        assertThat(spatial).isNotEmpty();
        for (Layer layer : spatial) {
            Object helper = helperOf(layer);
            assertThat(helper).as("helper of " + layer.conf().getLayer().getLayerName()).isNotNull();
            assertThat(helper.getClass().getSimpleName()).startsWith("MKLDNN");
        }
    }

    /**
     * Guards the two DL4J workarounds: with helpers the gradients must equal DL4J's own
     * implementation (a fused ReLU in a channels-last convolution got them wrong).
     */
    @ParameterizedTest
    @ValueSource(strings = {"cnn-3conv", "lenet5", "lenet5-classic", "lenet5-small"})
    void helpersComputeTheSameGradientsAsDl4jItself(String preset) {
        ArchitectureSpec spec = Presets.get(preset);
        MultiLayerNetwork withHelpers = Dl4jNetworkFactory.build(spec);
        MultiLayerNetwork without;
        String property = "org.eclipse.deeplearning4j.helpers.disable";
        System.setProperty(property, "true");
        try {
            without = Dl4jNetworkFactory.build(spec);
        } finally {
            System.setProperty(property, "false");
        }
        assertThat(helperOf(firstConvolution(without))).isNull();
        without.setParams(withHelpers.params().dup());
        Nd4j.getRandom().setSeed(1);
        INDArray images = Nd4j.rand(DataType.FLOAT, BATCH, 28, 28, 1);
        INDArray labels = Nd4j.zeros(DataType.FLOAT, BATCH, 10);
        for (int i = 0; i < BATCH; i++) {
            labels.putScalar(i, i % 10, 1);
        }
        Map<String, INDArray> expected = gradients(without, images, labels);
        Map<String, INDArray> actual = gradients(withHelpers, images, labels);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        for (String name : expected.keySet()) {
            double scale = Math.max(1e-3, expected.get(name).amaxNumber().doubleValue());
            double error = actual.get(name).sub(expected.get(name)).amaxNumber().doubleValue();
            assertThat(error / scale).as("relative error of gradient " + name).isLessThan(1e-4);
        }
    }

    private static final int BATCH = 8;

    private static Map<String, INDArray> gradients(MultiLayerNetwork network, INDArray images, INDArray labels) {
        network.setInput(images);
        network.setLabels(labels);
        network.computeGradientAndScore();
        return network.gradient().gradientForVariable();
    }

    private static Layer firstConvolution(MultiLayerNetwork network) {
        return Arrays.stream(network.getLayers()).filter(l -> l instanceof ConvolutionLayer).findFirst()
                .orElseThrow();
    }

    private static Object helperOf(Layer layer) {
        if (layer instanceof ConvolutionLayer conv) {
            return conv.getHelper();
        }
        if (layer instanceof SubsamplingLayer pool) {
            return pool.getHelper();
        }
        return ((BatchNormalization) layer).getHelper();
    }
}
