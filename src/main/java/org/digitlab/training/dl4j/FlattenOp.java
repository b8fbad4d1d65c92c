package org.digitlab.training.dl4j;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's {@code CnnToFeedForwardPreProcessor} for channels-last images: each example's
 * [height, width, channels] values in row-major order, as Keras' {@code Flatten} gives them. On
 * the step's row-major buffers both directions are views, not copies.
 */
final class FlattenOp implements StackOp {

    private long[] imageShape;

    @Override
    public INDArray forward(INDArray in) {
        imageShape = in.shape();
        return in.reshape('c', imageShape[0], imageShape[1] * imageShape[2] * imageShape[3]);
    }

    @Override
    public INDArray backward(INDArray gradient, boolean needInput) {
        return needInput ? gradient.reshape('c', imageShape) : null;
    }
}
