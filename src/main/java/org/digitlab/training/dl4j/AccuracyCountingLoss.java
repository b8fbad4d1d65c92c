package org.digitlab.training.dl4j;

import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.common.primitives.Pair;

/**
 * Wraps the output layer's loss to count, as a side effect of the score DL4J computes on every
 * training step anyway, how many examples of the batch the network got right. Keras reports
 * training accuracy from the same forward pass; computing it with a second {@code output()} call
 * would cost about a third of the training time.
 *
 * <p>The class of an example is the argmax of the pre-activations: softmax, sigmoid and identity
 * preserve the order. This wrapper is installed only while training and removed before a model
 * is written, so model files name only DL4J's own loss classes.
 */
final class AccuracyCountingLoss implements ILossFunction {

    private static final long serialVersionUID = 1L;

    private final ILossFunction delegate;
    private long correct;
    private long counted;

    AccuracyCountingLoss(ILossFunction delegate) {
        this.delegate = delegate;
    }

    ILossFunction delegate() {
        return delegate;
    }

    /** Correct predictions since the last reset. */
    long correct() {
        return correct;
    }

    /** Examples scored since the last reset. */
    long counted() {
        return counted;
    }

    void reset() {
        correct = 0;
        counted = 0;
    }

    @Override
    public double computeScore(INDArray labels, INDArray preOutput, IActivation activationFn,
            INDArray mask, boolean average) {
        count(labels, preOutput);
        return delegate.computeScore(labels, preOutput, activationFn, mask, average);
    }

    private void count(INDArray labels, INDArray preOutput) {
        INDArray predicted = preOutput.argMax(1);
        INDArray actual = labels.argMax(1);
        correct += predicted.eq(actual).castTo(DataType.INT).sumNumber().longValue();
        counted += labels.size(0);
    }

    @Override
    public INDArray computeScoreArray(INDArray labels, INDArray preOutput, IActivation activationFn,
            INDArray mask) {
        return delegate.computeScoreArray(labels, preOutput, activationFn, mask);
    }

    @Override
    public INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation activationFn,
            INDArray mask) {
        return delegate.computeGradient(labels, preOutput, activationFn, mask);
    }

    @Override
    public Pair<Double, INDArray> computeGradientAndScore(INDArray labels, INDArray preOutput,
            IActivation activationFn, INDArray mask, boolean average) {
        // Not counted: DL4J's training step scores through computeScore, once per batch.
        return delegate.computeGradientAndScore(labels, preOutput, activationFn, mask, average);
    }

    @Override
    public String name() {
        return delegate.name();
    }
}
