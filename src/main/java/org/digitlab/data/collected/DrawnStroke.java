package org.digitlab.data.collected;

import java.util.Arrays;
import java.util.Objects;

/**
 * One stroke of a drawing in the canvas's own coordinates (0..400 in Digit Lab), as recorded:
 * points, pen width, and whether it rubbed out, each number kept to a tenth of a unit so that the
 * JSON stays short and reads back to the same values. Plain arrays: JSON holds lists of numbers.
 *
 * @param x x of each point
 * @param y y of each point
 * @param width the pen's diameter
 * @param eraser true when the stroke painted paper over the ones before it
 */
public record DrawnStroke(double[] x, double[] y, double width, boolean eraser) {

    /** Widest pen accepted: the whole canvas. */
    public static final double MAX_WIDTH = 400;

    public DrawnStroke {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException("a stroke needs as many y as x values, and at least one point; got "
                    + x.length + " x and " + y.length + " y");
        }
        if (!(width > 0) || !Double.isFinite(width) || width > MAX_WIDTH) {
            throw new IllegalArgumentException("a stroke's width must be a number above 0 and at most " + MAX_WIDTH
                    + ", got " + width);
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("point " + (i + 1) + " of a stroke is not a number");
            }
        }
        x = rounded(x);
        y = rounded(y);
        width = round(width);
    }

    /** Points are kept to a tenth of a canvas unit (4,000 steps across): finer than any screen. */
    static final double STEP = 10;

    private static double[] rounded(double[] values) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = round(values[i]);
        }
        return result;
    }

    private static double round(double value) {
        return Math.round(value * STEP) / STEP;
    }

    public int size() {
        return x.length;
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    double xAt(int i) {
        return x[i];
    }

    double yAt(int i) {
        return y[i];
    }

    /** Same points, width and tool: content equality, unlike a record's default for arrays. */
    @Override
    public boolean equals(Object o) {
        return o instanceof DrawnStroke s && Arrays.equals(x, s.x) && Arrays.equals(y, s.y)
                && Double.compare(width, s.width) == 0 && eraser == s.eraser;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(x), Arrays.hashCode(y), width, eraser);
    }

    @Override
    public String toString() {
        return "DrawnStroke[" + x.length + " points, width " + width + (eraser ? ", eraser" : "") + "]";
    }
}
