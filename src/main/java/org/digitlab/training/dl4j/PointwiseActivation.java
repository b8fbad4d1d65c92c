package org.digitlab.training.dl4j;

import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinearDerivative;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The element-wise activations a {@link LayerStackStep} computes itself, applied in place, with
 * the derivative taken from the activation's output, so the pre-activation need not be kept:
 * ReLU passes the gradient where the output is positive, tanh multiplies it by 1 - out², the
 * sigmoid by out·(1 - out).
 */
enum PointwiseActivation {
    IDENTITY, RELU, TANH, SIGMOID;

    /** The matching activation, or {@code null} for any other (or a ReLU with settings). */
    static PointwiseActivation of(IActivation activation) {
        if (activation == null) {
            return null;
        }
        if (activation.getClass() == ActivationIdentity.class) {
            return IDENTITY;
        }
        if (activation.getClass() == ActivationReLU.class) {
            return activation.equals(new ActivationReLU()) ? RELU : null;
        }
        if (activation.getClass() == ActivationTanH.class) {
            return TANH;
        }
        return activation.getClass() == ActivationSigmoid.class ? SIGMOID : null;
    }

    /** Applies the activation to {@code values} in place. */
    void applyInPlace(INDArray values) {
        switch (this) {
            case RELU -> Transforms.relu(values, false);
            case TANH -> Transforms.tanh(values, false);
            case SIGMOID -> Transforms.sigmoid(values, false);
            case IDENTITY -> { }
        }
    }

    /**
     * Multiplies {@code gradient} in place by the derivative at {@code output}.
     *
     * @param scratch an array shaped like {@code output} that may be overwritten
     */
    void backpropInPlace(INDArray output, INDArray gradient, INDArray scratch) {
        switch (this) {
            case RELU -> Nd4j.exec(new RectifiedLinearDerivative(output, gradient, gradient));
            case TANH -> gradient.muli(output.mul(output, scratch).rsubi(1.0));
            case SIGMOID -> gradient.muli(scratch.assign(output).rsubi(1.0).muli(output));
            case IDENTITY -> { }
        }
    }

    boolean needsScratch() {
        return this == TANH || this == SIGMOID;
    }
}
