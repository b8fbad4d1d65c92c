package org.digitlab.data.dl4j;

import org.digitlab.data.ImageSet;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Turns a range of an {@link ImageSet} into a feature array, pixels scaled to [0, 1]. */
public final class ImageBatches {

    private static final float MAX_PIXEL = 255f;

    private ImageBatches() {
    }

    /**
     * Features of images {@code from} (inclusive) to {@code to} (exclusive).
     *
     * @param image true for channels-last images (N, H, W, 1), false for flat (N, H·W)
     */
    public static INDArray features(ImageSet set, int from, int to, boolean image) {
        int n = to - from;
        int size = set.imageSize();
        float[] buffer = new float[n * size];
        byte[] pixels = set.pixels();
        int offset = from * size;
        for (int k = 0; k < buffer.length; k++) {
            buffer[k] = (pixels[offset + k] & 0xFF) / MAX_PIXEL;
        }
        long[] shape = image ? new long[] {n, set.rows(), set.cols(), 1} : new long[] {n, size};
        return Nd4j.create(buffer, shape, 'c');
    }
}
