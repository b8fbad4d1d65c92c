package org.digitlab.data;

import java.util.Arrays;

/**
 * A grey image of ink intensities 0..1 being redrawn by {@link DrawAugmenter} or
 * {@link CentreLinePen}: where its ink is, how thick its strokes are, and the pen's marks on it
 * (an anti-aliased round-ended stroke, a bolder or thinner pen, a flat pen with a soft edge).
 * Works in place on {@link #values}.
 */
final class InkCanvas {

    private static final float INK = 1f;
    private static final float HALF_INK = 0.5f;

    private final int rows;
    private final int cols;
    /** Row-major ink intensities; the augmenter reads and writes them directly. */
    final float[] values;
    private final float[] scratch;

    InkCanvas(int rows, int cols) {
        this.rows = rows;
        this.cols = cols;
        this.values = new float[rows * cols];
        this.scratch = new float[rows * cols];
    }

    /** {minX, minY, maxX, maxY} of pixels above half ink, or null for a blank image. */
    int[] inkBox() {
        int minX = cols;
        int minY = rows;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                if (values[y * cols + x] > HALF_INK) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return maxX < 0 ? null : new int[] {minX, minY, maxX, maxY};
    }

    /** The digit's mean stroke width: its ink over its longer side, 1.5 to 4 pixels. */
    double strokeWidth(int[] box) {
        double ink = 0;
        for (float v : values) {
            ink += v;
        }
        int longer = Math.max(box[2] - box[0], box[3] - box[1]) + 1;
        return Math.max(1.5, Math.min(4, ink / longer));
    }

    /** The ink-weighted mean column of rows {@code fromRow..toRow}. */
    double inkCentre(int fromRow, int toRow) {
        double sum = 0;
        double sx = 0;
        for (int y = Math.max(0, fromRow); y <= Math.min(rows - 1, toRow); y++) {
            for (int x = 0; x < cols; x++) {
                sum += values[y * cols + x];
                sx += values[y * cols + x] * (x + 0.5);
            }
        }
        return sum == 0 ? cols / 2.0 : sx / sum;
    }

    /** An anti-aliased round-ended stroke of the given radius, drawn over what is there. */
    void line(double x0, double y0, double x1, double y1, double radius) {
        int xa = (int) Math.max(0, Math.floor(Math.min(x0, x1) - radius - 1));
        int xb = (int) Math.min(cols - 1, Math.ceil(Math.max(x0, x1) + radius + 1));
        int ya = (int) Math.max(0, Math.floor(Math.min(y0, y1) - radius - 1));
        int yb = (int) Math.min(rows - 1, Math.ceil(Math.max(y0, y1) + radius + 1));
        double vx = x1 - x0;
        double vy = y1 - y0;
        double length2 = vx * vx + vy * vy;
        for (int y = ya; y <= yb; y++) {
            for (int x = xa; x <= xb; x++) {
                double px = x + 0.5 - x0;
                double py = y + 0.5 - y0;
                double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, (px * vx + py * vy) / length2));
                double d = Math.hypot(px - t * vx, py - t * vy);
                float cover = (float) Math.max(0, Math.min(1, radius + 0.5 - d));
                values[y * cols + x] = Math.max(values[y * cols + x], cover);
            }
        }
    }

    /** Grey-level dilation (max) or erosion (min) over the pixel and its four neighbours. */
    void morph(boolean dilate) {
        System.arraycopy(values, 0, scratch, 0, values.length);
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                float v = scratch[y * cols + x];
                v = pick(dilate, v, y > 0 ? scratch[(y - 1) * cols + x] : 0f);
                v = pick(dilate, v, y < rows - 1 ? scratch[(y + 1) * cols + x] : 0f);
                v = pick(dilate, v, x > 0 ? scratch[y * cols + x - 1] : 0f);
                v = pick(dilate, v, x < cols - 1 ? scratch[y * cols + x + 1] : 0f);
                values[y * cols + x] = v;
            }
        }
    }

    private static float pick(boolean max, float a, float b) {
        return max ? Math.max(a, b) : Math.min(a, b);
    }

    /**
     * A round brush area-averaged to 28 pixels: full ink inside the stroke, a soft one-pixel edge
     * (hard threshold, then a [1 2 1] blur each way, the strongest ink back at full).
     */
    void penLike() {
        for (int p = 0; p < values.length; p++) {
            scratch[p] = values[p] > HALF_INK ? INK : 0f;
        }
        Arrays.fill(values, 0f);
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                float s = 2 * scratch[y * cols + x];
                s += x > 0 ? scratch[y * cols + x - 1] : 0f;
                s += x < cols - 1 ? scratch[y * cols + x + 1] : 0f;
                values[y * cols + x] = s / 4;
            }
        }
        System.arraycopy(values, 0, scratch, 0, values.length);
        float max = 0f;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                float s = 2 * scratch[y * cols + x];
                s += y > 0 ? scratch[(y - 1) * cols + x] : 0f;
                s += y < rows - 1 ? scratch[(y + 1) * cols + x] : 0f;
                values[y * cols + x] = s / 4;
                max = Math.max(max, s / 4);
            }
        }
        if (max > 0) {
            for (int p = 0; p < values.length; p++) {
                values[p] = Math.min(INK, values[p] / max);
            }
        }
    }

    static double inkSum(float[] values) {
        double s = 0;
        for (float v : values) {
            s += v;
        }
        return s;
    }
}
