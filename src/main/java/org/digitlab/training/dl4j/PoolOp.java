package org.digitlab.training.dl4j;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Channels-last max or average pooling through libnd4j's {@code maxpool2d}/{@code avgpool2d} and
 * their {@code _bp} ops, with the arguments DL4J's {@code SubsamplingLayer} passes.
 */
final class PoolOp implements StackOp {

    private final SubsamplingLayer conf;
    private final Window window;
    private final DynamicCustomOp forwardOp;
    private final DynamicCustomOp backwardOp;
    private final OpContext forwardContext = Nd4j.getExecutioner().buildContext();
    private final OpContext backwardContext = Nd4j.getExecutioner().buildContext();
    private final OpBuffers buffers = new OpBuffers();
    private long[] arguments;
    private INDArray input;

    PoolOp(SubsamplingLayer conf) {
        this.conf = conf;
        this.window = new Window(conf.getKernelSize(), conf.getStride(), conf.getPadding(), conf.getDilation(),
                conf.getConvolutionMode());
        String name = conf.getPoolingType() == PoolingType.MAX ? "maxpool2d" : "avgpool2d";
        this.forwardOp = DynamicCustomOp.builder(name).build();
        this.backwardOp = DynamicCustomOp.builder(name + "_bp").build();
    }

    boolean isMax() {
        return conf.getPoolingType() == PoolingType.MAX;
    }

    static boolean supports(SubsamplingLayer conf) {
        return (conf.getPoolingType() == PoolingType.MAX || conf.getPoolingType() == PoolingType.AVG)
                && conf.getCnn2dDataFormat() == CNN2DFormat.NHWC
                && conf.getDilation()[0] == 1 && conf.getDilation()[1] == 1
                && conf.getConvolutionMode() != ConvolutionMode.Causal;
    }

    @Override
    public INDArray forward(INDArray in) {
        input = in;
        int[] out = outputSize(in);
        INDArray output = buffers.get(0, new long[] {in.size(0), out[0], out[1], in.size(3)}, 'c');
        forwardContext.setIArguments(arguments);
        forwardContext.setInputArrays(in);
        forwardContext.setOutputArrays(output);
        Nd4j.exec(forwardOp, forwardContext);
        return output;
    }

    @Override
    public INDArray backward(INDArray gradient, boolean needInput) {
        if (!needInput) {
            return null; // no parameters: nothing to do for the first layer
        }
        INDArray inputGradient = buffers.get(1, input.shape(), 'c');
        backwardContext.setIArguments(arguments);
        backwardContext.setInputArrays(input, gradient);
        backwardContext.setOutputArrays(inputGradient);
        Nd4j.exec(backwardOp, backwardContext);
        return inputGradient;
    }

    private int[] outputSize(INDArray in) {
        int[] out = window.outputSize(in);
        if (arguments == null) {
            // As SubsamplingLayer: the configured padding; libnd4j works out "same" padding itself.
            // The average's divisor counts padding only if so configured.
            long extra = conf.getPoolingType() == PoolingType.AVG && conf.isAvgPoolIncludePadInDivisor() ? 1 : 0;
            arguments = window.arguments(window.padding(), extra, 1 /* NHWC */);
        }
        return out;
    }
}
