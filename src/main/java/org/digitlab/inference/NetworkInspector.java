package org.digitlab.inference;

import java.util.List;

/**
 * What happens inside a network for one image: every convolution, pooling and dense layer's
 * output, the first convolution's kernels and the first dense layer's weights. The engine's
 * adapter ({@code inference.dl4j.Dl4jNetworkInspector}) implements it; the UI draws the results.
 * Calls run a forward pass: make them off the FX thread.
 */
public interface NetworkInspector {

    /**
     * The outputs of the network's convolution (after their activation), pooling and dense layers
     * for one image, in layer order.
     *
     * @param image the model's input: {@code size × size} values 0..1, ink bright
     */
    List<LayerOutput> layerOutputs(float[] image);

    /** The first convolution layer's kernels, or {@code null} for a network without one. */
    Kernels firstConvKernels();

    /**
     * The incoming weights of a sample of the first dense layer's units, or {@code null} when that
     * layer does not read the image's pixels directly (a CNN, or no dense layer).
     *
     * @param maxUnits at most this many units, spread evenly over the layer
     */
    UnitWeights firstDenseWeights(int maxUnits);
}
