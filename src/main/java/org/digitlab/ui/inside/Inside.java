package org.digitlab.ui.inside;

import java.util.List;
import org.digitlab.inference.Kernels;
import org.digitlab.inference.LayerOutput;
import org.digitlab.inference.UnitWeights;

/**
 * What the network does with the current drawing.
 *
 * @param input the model input the outputs are for
 * @param layers every convolution, pooling and dense layer's output, in order
 * @param kernels the first convolution's kernels, or null for a dense network
 * @param weights a sample of the first dense layer's weights as images, or null for a CNN
 */
public record Inside(float[] input, List<LayerOutput> layers, Kernels kernels, UnitWeights weights) {

    public boolean convolutional() {
        return kernels != null;
    }

    /** The layers whose outputs are feature maps. */
    public List<LayerOutput> featureMaps() {
        return layers.stream().filter(LayerOutput::spatial).toList();
    }

    /** The dense layers (hidden units). */
    public List<LayerOutput> denseLayers() {
        return layers.stream().filter(layer -> !layer.spatial()).toList();
    }
}
