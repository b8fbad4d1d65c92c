package org.digitlab.inference.dl4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.digitlab.inference.Kernels;
import org.digitlab.inference.LayerOutput;
import org.digitlab.model.TrainedModel;
import org.digitlab.model.dl4j.Dl4jModelFiles;
import org.digitlab.model.SampleModels;
import org.junit.jupiter.api.Test;

/** The inspector over the sample models: what each layer outputs, the kernels, the weights. */
class Dl4jNetworkInspectorTest {

    @Test
    void aCnnReportsEachConvolutionAfterItsActivationAndEachPooling() throws Exception {
        TrainedModel model = new Dl4jModelFiles().load(SampleModels.find("cnn-3conv").orElseThrow());
        Dl4jNetworkInspector inspector = new Dl4jNetworkInspector(model);
        float[] image = new float[28 * 28];
        for (int y = 4; y < 24; y++) {
            image[y * 28 + 14] = 1f;
        }

        List<LayerOutput> outputs = inspector.layerOutputs(image);

        List<LayerOutput> maps = outputs.stream().filter(LayerOutput::spatial).toList();
        assertThat(maps).extracting(LayerOutput::kind)
                .containsExactly("Conv2D", "MaxPooling2D", "Conv2D", "MaxPooling2D", "Conv2D", "MaxPooling2D");
        assertThat(maps.get(0).height()).isEqualTo(28); // "same" padding
        assertThat(maps.get(0).channels()).isEqualTo(32);
        // ReLU came after the convolution: no negative activations.
        for (float v : maps.get(0).values()) {
            assertThat(v).isGreaterThanOrEqualTo(0f);
        }
        assertThat(maps.get(0).map(0)).hasSize(28 * 28);
        Kernels kernels = inspector.firstConvKernels();
        assertThat(kernels.count()).isEqualTo(32);
        assertThat(kernels.kernel(0)).hasSize(9);
        assertThat(inspector.firstDenseWeights(10)).isNull();
    }

    @Test
    void aDenseNetworkGivesItsUnitsWeightsAsImagesAndItsHiddenActivations() throws Exception {
        TrainedModel model = new Dl4jModelFiles().load(SampleModels.find("mlp-512-256").orElseThrow());
        Dl4jNetworkInspector inspector = new Dl4jNetworkInspector(model);

        List<LayerOutput> outputs = inspector.layerOutputs(new float[28 * 28]);

        assertThat(outputs).extracting(LayerOutput::channels).containsExactly(512, 256);
        assertThat(outputs).noneMatch(LayerOutput::spatial);
        var weights = inspector.firstDenseWeights(16);
        assertThat(weights.units()).hasSize(16).startsWith(0, 32, 64);
        assertThat(weights.weights().get(0)).hasSize(784);
        assertThat(inspector.firstConvKernels()).isNull();
    }
}
