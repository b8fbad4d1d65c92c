package org.digitlab.data;

import java.util.Arrays;

/**
 * Redraws a digit along its centre line with a pen of one width, as a mouse, a finger or a stylus
 * draws: MNIST's strokes swell and thin with the pressure of a pen on paper, a drawn stroke does
 * not. The ink is thinned to a one-pixel skeleton (Zhang and Suen 1984) on the image doubled in
 * size, so that the centre line keeps half-pixel detail, and every pixel then gets the share of
 * it a round pen of the chosen radius covers around that line, the strongest ink set to full as
 * the app's preprocessing does.
 *
 * <p>Used to calibrate "not a digit" ({@code inference.NeighbourIndexes}): drawn digits lie
 * farther from MNIST's training images than MNIST's own test digits do, so held-out digits redrawn
 * this way say better how far a real drawing may lie. Tried in training as well (a third of the
 * redrawn images of {@link DrawAugmenter}): no drawn set read better (sample-models/README.md).
 */
public final class CentreLinePen {

    private static final int UP = 2;
    private static final float HALF_INK = 0.5f;

    private final int rows;
    private final int cols;
    private final int bigRows;
    private final int bigCols;
    private final boolean[] ink;
    private final boolean[] remove;
    private final float[] xs;
    private final float[] ys;
    /** The augmenter's own round pen, dabbed at every point of the centre line. */
    private final InkCanvas pen;

    public CentreLinePen(int rows, int cols) {
        this.rows = rows;
        this.cols = cols;
        this.bigRows = rows * UP;
        this.bigCols = cols * UP;
        this.ink = new boolean[bigRows * bigCols];
        this.remove = new boolean[bigRows * bigCols];
        this.xs = new float[bigRows * bigCols];
        this.ys = new float[bigRows * bigCols];
        this.pen = new InkCanvas(rows, cols);
    }

    /**
     * Redraws {@code values} (row-major ink 0..1) in place with a pen of {@code radius} pixels.
     * Leaves the image as it was when it has no ink above half.
     */
    public void redraw(float[] values, double radius) {
        upsample(values);
        thin();
        int points = centreLine();
        if (points == 0) {
            return;
        }
        Arrays.fill(pen.values, 0f);
        for (int p = 0; p < points; p++) {
            pen.line(xs[p], ys[p], xs[p], ys[p], radius); // a dab: the pen's round end
        }
        float max = 0f;
        for (float v : pen.values) {
            max = Math.max(max, v);
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = max > 0f && max < 1f ? pen.values[i] / max : pen.values[i];
        }
    }

    /** The image doubled by bilinear sampling, thresholded at half ink. */
    private void upsample(float[] values) {
        for (int y = 0; y < bigRows; y++) {
            double sy = (y + 0.5) / UP - 0.5;
            int y0 = (int) Math.floor(sy);
            double fy = sy - y0;
            for (int x = 0; x < bigCols; x++) {
                double sx = (x + 0.5) / UP - 0.5;
                int x0 = (int) Math.floor(sx);
                double fx = sx - x0;
                double v = (1 - fy) * ((1 - fx) * at(values, x0, y0) + fx * at(values, x0 + 1, y0))
                        + fy * ((1 - fx) * at(values, x0, y0 + 1) + fx * at(values, x0 + 1, y0 + 1));
                ink[y * bigCols + x] = v > HALF_INK;
            }
        }
    }

    private float at(float[] values, int x, int y) {
        return x < 0 || y < 0 || x >= cols || y >= rows ? 0f : values[y * cols + x];
    }

    /** Zhang-Suen thinning: peel boundary pixels in two alternating sub-passes until none go. */
    private void thin() {
        boolean changed = true;
        while (changed) {
            changed = pass(true);
            changed |= pass(false);
        }
    }

    private boolean pass(boolean first) {
        boolean any = false;
        for (int y = 1; y < bigRows - 1; y++) {
            for (int x = 1; x < bigCols - 1; x++) {
                int i = y * bigCols + x;
                remove[i] = false;
                if (!ink[i]) {
                    continue;
                }
                // neighbours clockwise from north: P2..P9
                boolean p2 = ink[i - bigCols];
                boolean p3 = ink[i - bigCols + 1];
                boolean p4 = ink[i + 1];
                boolean p5 = ink[i + bigCols + 1];
                boolean p6 = ink[i + bigCols];
                boolean p7 = ink[i + bigCols - 1];
                boolean p8 = ink[i - 1];
                boolean p9 = ink[i - bigCols - 1];
                boolean[] ring = {p2, p3, p4, p5, p6, p7, p8, p9};
                int neighbours = 0;
                int rises = 0;
                for (int k = 0; k < 8; k++) {
                    neighbours += ring[k] ? 1 : 0;
                    rises += !ring[k] && ring[(k + 1) % 8] ? 1 : 0;
                }
                if (neighbours < 2 || neighbours > 6 || rises != 1) {
                    continue;
                }
                boolean keep = first
                        ? (p2 && p4 && p6) || (p4 && p6 && p8)
                        : (p2 && p4 && p8) || (p2 && p6 && p8);
                if (!keep) {
                    remove[i] = true;
                    any = true;
                }
            }
        }
        if (any) {
            for (int i = 0; i < ink.length; i++) {
                if (remove[i]) {
                    ink[i] = false;
                }
            }
        }
        return any;
    }

    /** The skeleton's pixel centres in the small image's coordinates; returns how many. */
    private int centreLine() {
        int n = 0;
        for (int y = 0; y < bigRows; y++) {
            for (int x = 0; x < bigCols; x++) {
                if (ink[y * bigCols + x]) {
                    xs[n] = (x + 0.5f) / UP;
                    ys[n] = (y + 0.5f) / UP;
                    n++;
                }
            }
        }
        return n;
    }
}
