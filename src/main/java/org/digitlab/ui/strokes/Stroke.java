package org.digitlab.ui.strokes;

import java.util.List;

/**
 * One stroke of the brush, in the drawing's own coordinates (0..{@link #SIZE}).
 *
 * @param xs x of each point
 * @param ys y of each point
 * @param width brush diameter
 * @param eraser true for the eraser, which paints paper over the strokes before it
 */
public record Stroke(List<Double> xs, List<Double> ys, double width, boolean eraser) {

    /** The drawing's own coordinate range; a canvas scales it to its size on screen. */
    public static final double SIZE = 400;

    /** A stroke of ink. */
    public Stroke(List<Double> xs, List<Double> ys, double width) {
        this(xs, ys, width, false);
    }

    public Stroke {
        xs = List.copyOf(xs);
        ys = List.copyOf(ys);
        if (xs.size() != ys.size() || xs.isEmpty()) {
            throw new IllegalArgumentException("a stroke needs at least one point");
        }
    }

    /** The same stroke with one more point. */
    public Stroke plus(double x, double y) {
        var nx = new java.util.ArrayList<>(xs);
        var ny = new java.util.ArrayList<>(ys);
        nx.add(x);
        ny.add(y);
        return new Stroke(nx, ny, width, eraser);
    }

    public int size() {
        return xs.size();
    }
}
