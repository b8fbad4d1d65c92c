package org.digitlab.inference;

/**
 * A convolution layer's kernels as it applies them to its first input channel.
 *
 * @param height rows of a kernel
 * @param width columns of a kernel
 * @param count kernels (filters)
 * @param values kernel after kernel, each row by row
 */
public record Kernels(int height, int width, int count, float[] values) {

    public Kernels {
        if (values.length != height * width * count) {
            throw new IllegalArgumentException(values.length + " values for " + count + " kernels of "
                    + height + "×" + width);
        }
    }

    /** One kernel, row by row. */
    public float[] kernel(int k) {
        float[] kernel = new float[height * width];
        System.arraycopy(values, k * kernel.length, kernel, 0, kernel.length);
        return kernel;
    }
}
