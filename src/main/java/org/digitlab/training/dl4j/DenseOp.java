package org.digitlab.training.dl4j;

import java.util.Map;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.custom.SoftMax;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A dense layer, or the softmax output layer, as {@link DenseReluStep} computes it: products
 * written column-major (ND4J multiplies those fastest), the activation applied in place and its
 * derivative taken from the kept output. Below a flatten the input gradient is written row-major
 * so that it reshapes back to images without a copy.
 */
final class DenseOp implements StackOp {

    private final INDArray weights;
    private final INDArray biases;
    private final INDArray weightGradient;
    private final INDArray biasGradient;
    /** {@code null} for the softmax output, whose gradient arrives as probabilities − labels. */
    private final PointwiseActivation activation;
    private final char inputGradientOrder;
    private final OpBuffers buffers = new OpBuffers();
    private INDArray input;
    private INDArray output;

    DenseOp(Layer layer, PointwiseActivation activation, boolean belowIsImage) {
        this.weights = layer.getParam(DefaultParamInitializer.WEIGHT_KEY);
        this.biases = layer.getParam(DefaultParamInitializer.BIAS_KEY);
        Map<String, INDArray> gradients = DefaultParamInitializer.getInstance()
                .getGradientsFromFlattened(layer.conf(), layer.getGradientsViewArray());
        this.weightGradient = gradients.get(DefaultParamInitializer.WEIGHT_KEY);
        this.biasGradient = gradients.get(DefaultParamInitializer.BIAS_KEY);
        this.activation = activation;
        this.inputGradientOrder = belowIsImage ? 'c' : 'f';
    }

    /** No activation of its own: its backward pass does not read its output. */
    boolean linear() {
        return activation == PointwiseActivation.IDENTITY;
    }

    @Override
    public INDArray forward(INDArray in) {
        input = in;
        output = buffers.get(0, new long[] {in.size(0), weights.size(1)}, 'f');
        Nd4j.gemm(in, weights, output, false, false, 1.0, 0.0);
        output.addiRowVector(biases);
        if (activation == null) {
            Nd4j.exec(new SoftMax(output, output, -1));
        } else {
            activation.applyInPlace(output);
        }
        return output;
    }

    @Override
    public INDArray backward(INDArray gradient, boolean needInput) {
        if (activation != null) {
            INDArray scratch = activation.needsScratch() ? buffers.get(2, output.shape(), 'f') : null;
            activation.backpropInPlace(output, gradient, scratch);
        }
        Nd4j.gemm(input, gradient, weightGradient, true, false, 1.0, 0.0);
        gradient.sum(biasGradient, 0);
        if (!needInput) {
            return null;
        }
        INDArray inputGradient = buffers.get(1, input.shape(), inputGradientOrder);
        Nd4j.gemm(gradient, weights, inputGradient, false, true, 1.0, 0.0);
        return inputGradient;
    }
}
