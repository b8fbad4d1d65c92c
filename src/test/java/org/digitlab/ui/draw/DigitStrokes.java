package org.digitlab.ui.draw;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.digitlab.ui.strokes.Stroke;

/**
 * The ten digits as a student draws them with a mouse, as brush strokes: each a few polylines in
 * a unit box (x 0..1 across, y 0..1 down), placed at any height and position on the drawing.
 */
final class DigitStrokes {

    /** How far a point strays, relative to the digit's height. */
    private static final double SHAKE = 0.04;
    private static final int ARC_POINTS = 24;

    private DigitStrokes() {
    }

    /**
     * @param digit 0..9
     * @param height the digit's height in drawing units
     * @param aspect its width over its height
     * @param left the box's left edge
     * @param top the box's top edge
     * @param brush the brush width
     * @param hand moves each point a little at random, as an unsteady hand does
     */
    static List<Stroke> of(int digit, double height, double aspect, double left, double top, double brush,
            SplittableRandom hand) {
        double shake = SHAKE * height;
        List<Stroke> strokes = new ArrayList<>();
        for (double[][] polyline : unit(digit)) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (double[] p : polyline) {
                xs.add(left + p[0] * aspect * height + shake * (2 * hand.nextDouble() - 1));
                ys.add(top + p[1] * height + shake * (2 * hand.nextDouble() - 1));
            }
            strokes.add(new Stroke(xs, ys, brush));
        }
        return strokes;
    }

    private static List<double[][]> unit(int digit) {
        return switch (digit) {
            case 0 -> strokes(arc(0.5, 0.5, 0.45, 0.48, -90, 270));
            case 1 -> strokes(line(0.45, 0.02, 0.55, 0.98));
            case 2 -> strokes(join(arc(0.5, 0.3, 0.4, 0.28, -160, 20), line(0.85, 0.4, 0.08, 0.98),
                    line(0.08, 0.98, 0.95, 0.98)));
            case 3 -> strokes(join(arc(0.48, 0.26, 0.38, 0.24, -160, 90), arc(0.48, 0.74, 0.42, 0.24, -90, 160)));
            case 4 -> strokes(join(line(0.62, 0.02, 0.05, 0.66), line(0.05, 0.66, 0.95, 0.66)),
                    line(0.7, 0.3, 0.7, 0.98));
            case 5 -> strokes(join(line(0.85, 0.02, 0.25, 0.02), line(0.25, 0.02, 0.2, 0.45)),
                    arc(0.48, 0.68, 0.42, 0.3, -140, 150));
            case 6 -> strokes(join(line(0.75, 0.02, 0.3, 0.35), line(0.3, 0.35, 0.12, 0.7),
                    arc(0.5, 0.72, 0.38, 0.26, 180, 540)));
            case 7 -> strokes(join(line(0.05, 0.04, 0.95, 0.04), line(0.95, 0.04, 0.4, 0.98)));
            case 8 -> strokes(join(arc(0.5, 0.26, 0.34, 0.24, 90, 450), arc(0.5, 0.74, 0.42, 0.24, -90, 270)));
            case 9 -> strokes(join(arc(0.5, 0.3, 0.4, 0.27, 0, 360), line(0.9, 0.3, 0.8, 0.98)));
            default -> throw new IllegalArgumentException("digit " + digit);
        };
    }

    private static List<double[][]> strokes(double[][]... polylines) {
        return List.of(polylines);
    }

    /** An arc of an ellipse from one angle to another, degrees clockwise on screen from 3 o'clock. */
    private static double[][] arc(double cx, double cy, double rx, double ry, double from, double to) {
        double[][] points = new double[ARC_POINTS + 1][];
        for (int i = 0; i <= ARC_POINTS; i++) {
            double a = Math.toRadians(from + (to - from) * i / ARC_POINTS);
            points[i] = new double[] {cx + rx * Math.cos(a), cy + ry * Math.sin(a)};
        }
        return points;
    }

    private static double[][] line(double x0, double y0, double x1, double y1) {
        int n = 8;
        double[][] points = new double[n + 1][];
        for (int i = 0; i <= n; i++) {
            double t = (double) i / n;
            points[i] = new double[] {x0 + t * (x1 - x0), y0 + t * (y1 - y0)};
        }
        return points;
    }

    private static double[][] join(double[][]... parts) {
        List<double[]> all = new ArrayList<>();
        for (double[][] part : parts) {
            all.addAll(List.of(part));
        }
        return all.toArray(double[][]::new);
    }
}
