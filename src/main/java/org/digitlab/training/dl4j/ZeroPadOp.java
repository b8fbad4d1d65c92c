package org.digitlab.training.dl4j;

import org.deeplearning4j.nn.conf.layers.ZeroPaddingLayer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Channels-last zero padding (LeNet-5's 28×28 digit padded to 32×32): the batch is copied into the
 * middle of a buffer whose border was zeroed once; the gradient is the middle of the one above.
 */
final class ZeroPadOp implements StackOp {

    private final int[] padding; // top, bottom, left, right
    private final OpBuffers buffers = new OpBuffers();
    private INDArrayIndex[] middle;
    private long[] inputShape;

    ZeroPadOp(ZeroPaddingLayer conf) {
        this.padding = conf.getPadding();
    }

    @Override
    public INDArray forward(INDArray in) {
        inputShape = in.shape();
        long rows = inputShape[1];
        long cols = inputShape[2];
        INDArray padded = buffers.zeroed(0, new long[] {inputShape[0], rows + padding[0] + padding[1],
            cols + padding[2] + padding[3], inputShape[3]}, 'c');
        middle = new INDArrayIndex[] {NDArrayIndex.all(), NDArrayIndex.interval(padding[0], padding[0] + rows),
            NDArrayIndex.interval(padding[2], padding[2] + cols), NDArrayIndex.all()};
        padded.get(middle).assign(in);
        return padded;
    }

    @Override
    public INDArray backward(INDArray gradient, boolean needInput) {
        return needInput ? buffers.get(1, inputShape, 'c').assign(gradient.get(middle)) : null;
    }
}
