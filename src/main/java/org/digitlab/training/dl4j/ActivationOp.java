package org.digitlab.training.dl4j;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An {@code ActivationLayer} (the ReLU or tanh the network factory puts after a convolution),
 * applied in place on the layer below's output buffer where nothing else reads it afterwards, on
 * a copy otherwise.
 */
final class ActivationOp implements StackOp {

    private final PointwiseActivation activation;
    /** Whether the input must stay as it is (the batch itself, zero padding, another's output). */
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
