package org.digitlab.training;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One model's accuracies in a robustness sweep: a point for every amount of every distortion.
 *
 * @param model the model's name, as the chart's legend and the CSV file give it
 * @param examples how many test images each point was measured on
 */
public record SweepCurve(String model, int examples, List<Point> points) {

    /** The accuracy below which a model is said to have lost the digits: worse than a coin. */
    public static final double FAILING = 0.5;

    /** The model's accuracy on the test images distorted by {@code amount} of one distortion. */
    public record Point(Distortion distortion, double amount, double accuracy) {
    }

    public SweepCurve {
        points = List.copyOf(points);
    }

    /** The points of one distortion, in increasing amount. */
    public List<Point> of(Distortion distortion) {
        return points.stream().filter(p -> p.distortion() == distortion).toList();
    }

    /**
     * The model's one number: its mean accuracy over every point of the sweep, i.e. over every
     * distorted copy of the test images (the undistorted copy counted once per distortion).
     * NaN for an empty sweep.
     */
    public double meanAccuracy() {
        return points.stream().mapToDouble(Point::accuracy).average().orElse(Double.NaN);
    }

    /**
     * The smallest amount of {@code distortion}, going up from its neutral amount, at which the
     * accuracy falls below {@link #FAILING}, interpolated linearly between the two points around
     * it; empty if it never does within the sweep.
     */
    public OptionalDouble failsAt(Distortion distortion) {
        List<Point> upward = of(distortion).stream().filter(p -> p.amount() >= distortion.neutral()).toList();
        for (int i = 0; i < upward.size(); i++) {
            Point p = upward.get(i);
            if (p.accuracy() < FAILING) {
                if (i == 0) {
                    return OptionalDouble.of(p.amount());
                }
                Point before = upward.get(i - 1);
                double t = (before.accuracy() - FAILING) / (before.accuracy() - p.accuracy());
                return OptionalDouble.of(before.amount() + t * (p.amount() - before.amount()));
            }
        }
        return OptionalDouble.empty();
    }

    /** The accuracy at one amount of a distortion, or NaN if the sweep did not try it. */
    public double accuracyAt(Distortion distortion, double amount) {
        return of(distortion).stream().filter(p -> p.amount() == amount).mapToDouble(Point::accuracy)
                .findFirst().orElse(Double.NaN);
    }
}
