package org.digitlab.inference;

/**
 * Resizes a grey image by area averaging: each output pixel is the mean of the input area it
 * covers, fractions of pixels weighted by how much of them it covers. This is the anti-aliasing
 * MNIST's digits went through; nearest-neighbour scaling would leave jagged, broken strokes.
 * Separable: rows first, then columns.
 */
final class AreaResampler {

    private AreaResampler() {
    }

    static float[] resize(float[] src, int srcW, int srcH, int dstW, int dstH) {
        float[] rows = new float[dstW * srcH];
        for (int y = 0; y < srcH; y++) {
            resample1d(src, y * srcW, 1, srcW, rows, y * dstW, 1, dstW);
        }
        float[] out = new float[dstW * dstH];
        for (int x = 0; x < dstW; x++) {
            resample1d(rows, x, dstW, srcH, out, x, dstW, dstH);
        }
        return out;
    }

    /** One line of {@code n} samples (every {@code stride}) to {@code m} samples. */
    private static void resample1d(float[] src, int srcOffset, int srcStride, int n,
            float[] dst, int dstOffset, int dstStride, int m) {
        double scale = (double) n / m; // input pixels per output pixel
        for (int o = 0; o < m; o++) {
            double from = o * scale;
            double to = from + scale;
            double sum = 0;
            for (int i = (int) from; i < Math.min(n, (int) Math.ceil(to)); i++) {
                double overlap = Math.min(to, i + 1) - Math.max(from, i);
                sum += overlap * src[srcOffset + i * srcStride];
            }
            dst[dstOffset + o * dstStride] = (float) (sum / scale);
        }
    }
}
