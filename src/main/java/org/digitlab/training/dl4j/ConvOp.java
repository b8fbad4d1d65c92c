package org.digitlab.training.dl4j;

import java.util.Map;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.params.ConvolutionParamInitializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.OpContext;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A channels-last convolution with bias and no activation of its own, through libnd4j's
 * {@code conv2d} and {@code conv2d_bp} (oneDNN where the native build has it) with the arguments
 * DL4J's own oneDNN helper passes. The op contexts are built once and the input is kept, so the
 * backward pass does not recompute the forward one as DL4J's layer does without a cache.
 *
 * <p>The first layer's backward pass is different: nothing needs its input gradient, which
 * {@code conv2d_bp} computes anyway, and for its single input channel oneDNN picks Winograd
 * kernels on blocked layouts, reordering the batch's largest gradient twice. There the weight
 * gradient is one matrix product instead, of the gradient and the input's patches. On
 * {@code cnn-3conv} this took 52 of a step's 112 ms of oneDNN time away ({@code DNNL_VERBOSE=1}).
 */
final class ConvOp implements StackOp {

    /** libnd4j's weight layout code for DL4J's [out, in, kH, kW] weights. */
    private static final long WEIGHTS_OIHW = 1;

    private final INDArray weights;
    private final INDArray bias;
    private final INDArray weightGradient;
    private final INDArray biasGradient;
    private final ConvolutionLayer conf;
    private final Window window;
    private final DynamicCustomOp forwardOp = DynamicCustomOp.builder("conv2d").build();
    private final DynamicCustomOp backwardOp = DynamicCustomOp.builder("conv2d_bp").build();
    private final OpContext forwardContext = Nd4j.getExecutioner().buildContext();
    private final OpContext backwardContext = Nd4j.getExecutioner().buildContext();
    private final OpBuffers buffers = new OpBuffers();
    private long[] arguments;
    private INDArray input;

    ConvOp(Layer layer) {
        this.conf = (ConvolutionLayer) layer.conf().getLayer();
        this.window = new Window(conf.getKernelSize(), conf.getStride(), conf.getPadding(), conf.getDilation(),
                conf.getConvolutionMode());
        long channels = conf.getNOut();
        this.weights = layer.getParam(ConvolutionParamInitializer.WEIGHT_KEY);
        this.bias = layer.getParam(ConvolutionParamInitializer.BIAS_KEY).reshape(channels);
        Map<String, INDArray> gradients = ConvolutionParamInitializer.getInstance()
                .getGradientsFromFlattened(layer.conf(), layer.getGradientsViewArray());
        this.weightGradient = gradients.get(ConvolutionParamInitializer.WEIGHT_KEY);
        this.biasGradient = gradients.get(ConvolutionParamInitializer.BIAS_KEY).reshape(channels);
    }

    /** Whether this op computes what DL4J's layer does for {@code conf}. */
    static boolean supports(ConvolutionLayer conf) {
        return conf.hasBias() && conf.getCnn2dDataFormat() == CNN2DFormat.NHWC
                && conf.getDilation()[0] == 1 && conf.getDilation()[1] == 1
                && PointwiseActivation.of(conf.getActivationFn()) == PointwiseActivation.IDENTITY
                && conf.getConvolutionMode() != ConvolutionMode.Causal;
    }

    @Override
    public INDArray forward(INDArray in) {
        input = in;
        int[] out = outputSize(in);
        INDArray output = buffers.get(0, new long[] {in.size(0), out[0], out[1], conf.getNOut()}, 'c');
        forwardContext.setIArguments(arguments);
        forwardContext.setInputArrays(in, weights, bias);
        forwardContext.setOutputArrays(output);
        Nd4j.exec(forwardOp, forwardContext);
        return output;
    }

    @Override
    public INDArray backward(INDArray gradient, boolean needInput) {
        if (!needInput && input.size(3) == 1) {
            parameterGradientsByProduct(gradient);
            return null;
        }
        INDArray inputGradient = buffers.get(1, input.shape(), 'c');
        backwardContext.setIArguments(arguments);
        backwardContext.setInputArrays(input, weights, bias, gradient);
        backwardContext.setOutputArrays(inputGradient, weightGradient, biasGradient);
        Nd4j.exec(backwardOp, backwardContext);
        return inputGradient;
    }

    /**
     * Weight and bias gradients of a single-channel input without its gradient. With the input's
     * patches as a matrix [examples × out height × out width, kH × kW] (column k: the input shifted
     * by kernel offset k, subsampled by the stride) and the gradient as [same rows, filters], the
     * weight gradient [filters, kH × kW] is gradientᵀ · patches: kH × kW strided copies and one
     * product. (libnd4j's im2col into this layout took a third of LeNet-5's step; the patches
     * transposed made the product ten times slower.)
     */
    private void parameterGradientsByProduct(INDArray gradient) {
        long n = input.size(0);
        long outH = gradient.size(1);
        long outW = gradient.size(2);
        int kernelH = (int) arguments[0];
        int kernelW = (int) arguments[1];
        int strideH = (int) arguments[2];
        int strideW = (int) arguments[3];
        long offsets = (long) kernelH * kernelW;
        INDArray source = paddedImages(strideH * (outH - 1) + kernelH, strideW * (outW - 1) + kernelW);
        INDArray patches = buffers.get(2, new long[] {n, outH, outW, offsets}, 'c');
        for (int kh = 0; kh < kernelH; kh++) {
            for (int kw = 0; kw < kernelW; kw++) {
                patches.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.all(),
                        NDArrayIndex.point((long) kh * kernelW + kw)).assign(source.get(NDArrayIndex.all(),
                        NDArrayIndex.interval(kh, strideH, kh + strideH * (outH - 1) + 1),
                        NDArrayIndex.interval(kw, strideW, kw + strideW * (outW - 1) + 1)));
            }
        }
        long rows = n * outH * outW;
        INDArray gradientRows = gradient.reshape('c', rows, gradient.size(3));
        Nd4j.gemm(gradientRows, patches.reshape('c', rows, offsets),
                weightGradient.reshape('c', weights.size(0), offsets), true, false, 1.0, 0.0);
        gradientRows.sum(biasGradient, 0);
    }

    /** The single-channel input as [n, rows, cols] with the convolution's zero padding around it. */
    private INDArray paddedImages(long rows, long cols) {
        long n = input.size(0);
        long height = input.size(1);
        long width = input.size(2);
        INDArray images = input.reshape('c', n, height, width);
        int top = (int) arguments[4];
        int left = (int) arguments[5];
        if (top == 0 && left == 0 && rows <= height && cols <= width) {
            return images;
        }
        INDArray padded = buffers.zeroed(3, new long[] {n, Math.max(rows, top + height), Math.max(cols, left + width)},
                'c');
        padded.get(NDArrayIndex.all(), NDArrayIndex.interval(top, top + height),
                NDArrayIndex.interval(left, left + width)).assign(images);
        return padded;
    }

    /** The output's height and width; on first use also the op's integer arguments. */
    private int[] outputSize(INDArray in) {
        int[] out = window.outputSize(in);
        if (arguments == null) {
            int[] pad = window.same() ? window.samePadding(in, out) : window.padding();
            arguments = window.arguments(pad, 1 /* NHWC */, WEIGHTS_OIHW);
        }
        return out;
    }
}
