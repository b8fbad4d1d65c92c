package org.digitlab.data.dl4j;

import java.util.Arrays;
import java.util.Random;

import org.digitlab.data.DrawAugmenter;
import org.digitlab.data.ImageSet;

/**
 * Writes one example's pixels into a batch's features, scaled to [0, 1] as float32, and changed
 * the way training asked: moved by a random shift, redrawn as a mouse stroke, or redrawn by a
 * {@link DrawAugmenter}. Split from {@link SplitDataSetIterator} so that what is done to an image
 * lives apart from which images a batch holds and how it reaches ND4J; no ND4J type is used here.
 *
 * <p>Shifts and strokes draw from one generator of their own, so the order of examples is the same
 * with and without them; the augmenter brings its own.
 */
final class AugmentedPixels {

    private static final float[] SCALED = scaledPixels();
    /** Keeps the shift generator's sequence apart from the shuffle's, which shares the seed. */
    private static final long SHIFT_SEED_SALT = 0x5DEECE66DL;
    private static final float HALF_INK = 0.5f;

    private final ImageSet images;
    private final int maxShift;
    private final boolean strokes;
    private final Random shifts;
    /** Redraws half the images as people draw them; null when off. */
    private final DrawAugmenter augmenter;
    private final byte[] redrawn;

    /**
     * @param maxShift  largest shift along each axis, in pixels; 0 for none (the caller checks the range)
     * @param strokes   whether to redraw some images as hard-edged, sometimes bolder, strokes
     * @param augmenter redraws half the images; null for none
     * @param seed      the iterator's seed, salted here for the shift generator
     */
    AugmentedPixels(ImageSet images, int maxShift, boolean strokes, DrawAugmenter augmenter, long seed) {
        this.images = images;
        this.maxShift = maxShift;
        this.strokes = strokes;
        this.augmenter = augmenter;
        this.redrawn = augmenter == null ? null : new byte[images.imageSize()];
        this.shifts = new Random(seed ^ SHIFT_SEED_SALT);
    }

    /**
     * Writes image {@code example} into {@code features[to .. to + imageSize)}: redrawn by the
     * augmenter if its coin says so, else shifted (or copied when shifts are off), then perhaps
     * stroked. The order of these draws is part of what a seed reproduces.
     */
    void write(int example, float[] features, int to) {
        int pixels = images.imageSize();
        byte[] source = images.pixels();
        int from = example * pixels;
        if (augmenter != null && augmenter.pick()) {
            augmenter.redraw(source, from, images.label(example), redrawn);
            for (int p = 0; p < pixels; p++) {
                features[to + p] = SCALED[redrawn[p] & 0xFF];
            }
        } else if (maxShift == 0) {
            for (int p = 0; p < pixels; p++) {
                features[to + p] = SCALED[source[from + p] & 0xFF];
            }
        } else {
            copyShifted(source, from, features, to);
        }
        if (strokes) {
            redrawAsStroke(features, to);
        }
    }

    private void copyShifted(byte[] source, int from, float[] features, int to) {
        int rows = images.rows();
        int cols = images.cols();
        int dy = shifts.nextInt(2 * maxShift + 1) - maxShift;
        int dx = shifts.nextInt(2 * maxShift + 1) - maxShift;
        Arrays.fill(features, to, to + rows * cols, 0f);
        for (int r = Math.max(0, dy); r < Math.min(rows, rows + dy); r++) {
            int sourceRow = from + (r - dy) * cols;
            int targetRow = to + r * cols;
            for (int c = Math.max(0, dx); c < Math.min(cols, cols + dx); c++) {
                features[targetRow + c] = SCALED[source[sourceRow + c - dx] & 0xFF];
            }
        }
    }

    private void redrawAsStroke(float[] features, int to) {
        int style = shifts.nextInt(4);
        if (style >= 2) {
            return; // half the images stay as MNIST drew them
        }
        int pixels = images.imageSize();
        for (int p = to; p < to + pixels; p++) {
            features[p] = features[p] > HALF_INK ? 1f : 0f;
        }
        if (style == 1) {
            embolden(features, to);
        }
    }

    /** Each ink pixel also inks its four neighbours: a stroke one pixel bolder. */
    private void embolden(float[] features, int to) {
        int rows = images.rows();
        int cols = images.cols();
        float[] before = Arrays.copyOfRange(features, to, to + rows * cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (before[r * cols + c] > 0
                        || (r > 0 && before[(r - 1) * cols + c] > 0) || (r < rows - 1 && before[(r + 1) * cols + c] > 0)
                        || (c > 0 && before[r * cols + c - 1] > 0) || (c < cols - 1 && before[r * cols + c + 1] > 0)) {
                    features[to + r * cols + c] = 1f;
                }
            }
        }
    }

    /** Every byte's scaled value, looked up rather than divided: this runs for every pixel served. */
    private static float[] scaledPixels() {
        float[] table = new float[ImageSet.MAX_PIXEL + 1];
        for (int v = 0; v < table.length; v++) {
            table[v] = v / (float) ImageSet.MAX_PIXEL;
        }
        return table;
    }
}
