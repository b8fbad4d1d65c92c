package org.digitlab.training.dl4j;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.util.ConvolutionUtils;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The sliding window of a convolution or pooling layer over channels-last images: its output size
 * as DL4J computes it, and the integer arguments libnd4j's 2-D ops take (kernel, stride, padding,
 * dilation, "same" mode, then the op's own).
 */
record Window(int[] kernel, int[] stride, int[] padding, int[] dilation, ConvolutionMode mode) {

    boolean same() {
        return mode == ConvolutionMode.Same;
    }

    /** Output height and width for {@code in}. */
    int[] outputSize(INDArray in) {
        return ConvolutionUtils.getOutputSize(in, kernel, stride, padding, mode, dilation, CNN2DFormat.NHWC);
    }

    /** The top-left padding "same" mode gives {@code in} (DL4J's oneDNN helper passes it explicitly). */
    int[] samePadding(INDArray in, int[] out) {
        return ConvolutionUtils.getSameModeTopLeftPadding(out, new int[] {(int) in.size(1), (int) in.size(2)},
                kernel, stride, dilation);
    }

    /** libnd4j's arguments with padding {@code pad}, followed by {@code extra}. */
    long[] arguments(int[] pad, long... extra) {
        long[] common = {kernel[0], kernel[1], stride[0], stride[1], pad[0], pad[1], dilation[0], dilation[1],
            same() ? 1 : 0};
        long[] all = java.util.Arrays.copyOf(common, common.length + extra.length);
        System.arraycopy(extra, 0, all, common.length, extra.length);
        return all;
    }
}
