package org.digitlab.training.dl4j;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An {@code ActivationLayer} (the ReLU or tanh the network factory puts after a convolution),
 * applied in place on the layer below's output buffer, which nothing else reads afterwards.
 */
final class ActivationOp implements StackOp {

    private final PointwiseActivation activation;
    /** The first layer's input is the caller's batch, which must not change. */
    private final boolean copyInput;
    private final OpBuffers buffers = new OpBuffers();
    private INDArray output;

    ActivationOp(PointwiseActivation activation, boolean copyInput) {
        this.activation = activation;
        this.copyInput = copyInput;
    }

    boolean isRelu() {
        return activation == PointwiseActivation.RELU && !copyInput;
    }

    @Override
    public INDArray forward(INDArray input) {
        output = copyInput ? buffers.get(0, input.shape(), 'c').assign(input) : input;
        activation.applyInPlace(output);
        return output;
    }

    @Override
    public INDArray backward(INDArray gradient, boolean needInput) {
        if (!needInput) {
            return null;
        }
        INDArray scratch = activation.needsScratch() ? buffers.get(1, output.shape(), output.ordering()) : null;
        activation.backpropInPlace(output, gradient, scratch);
        return gradient;
    }
}
