package org.digitlab.ui.training;

import java.util.ArrayList;
import java.util.List;

/**
 * The per-iteration training loss of a run, smoothed and kept to a bounded number of points
 * however long the run is: every loss feeds the moving average, but only every {@code stride}-th
 * smoothed value becomes a point; when the trace is full, every other point is dropped and the
 * stride doubles. The points stay evenly spread over the whole run, and a 50-epoch run costs the
 * chart at most {@link #DEFAULT_MAX_POINTS} points (platform-notes: charts stay smooth below ~1000
 * points per series). Smoothing before dropping is what keeps the thinned curve honest.
 */
public final class LossTrace {

    public static final int DEFAULT_MAX_POINTS = 400;
    /** Weight of the past in the exponential moving average, as TensorBoard's smoothing slider. */
    public static final double SMOOTHING = 0.8;

    private final int maxPoints;
    private final List<LossPoint> points = new ArrayList<>();
    private double smoothed = Double.NaN;
    private int seen;
    private int stride = 1;

    public LossTrace() {
        this(DEFAULT_MAX_POINTS);
    }

    public LossTrace(int maxPoints) {
        if (maxPoints < 2) {
            throw new IllegalArgumentException("maxPoints must be at least 2");
        }
        this.maxPoints = maxPoints;
    }

    /**
     * A trace that goes on from {@code earlier} points, as a continued run's does: they are kept
     * as they are (already smoothed) and the smoothing carries on from the last of them.
     */
    public static LossTrace continuing(List<LossPoint> earlier) {
        LossTrace trace = new LossTrace();
        trace.points.addAll(earlier);
        while (trace.points.size() > trace.maxPoints) {
            trace.thin();
        }
        trace.stride = 1;
        trace.smoothed = earlier.isEmpty() ? Double.NaN : earlier.get(earlier.size() - 1).value();
        return trace;
    }

    /**
     * Adds a raw loss; returns true when old points were dropped (the whole curve changed) rather
     * than at most one point appended.
     */
    public boolean add(double epoch, double loss) {
        if (!Double.isFinite(loss)) {
            return false; // a diverged loss has no place on a chart; the diagnosis says it
        }
        seen++;
        // Starts at the first loss, so the curve is not pulled towards 0 at the beginning.
        smoothed = Double.isNaN(smoothed) ? loss : SMOOTHING * smoothed + (1 - SMOOTHING) * loss;
        if ((seen - 1) % stride != 0) {
            return false;
        }
        points.add(new LossPoint(epoch, smoothed));
        if (points.size() > maxPoints) {
            thin();
            return true;
        }
        return false;
    }

    /** Keeps points 0, 2, 4, ...: those that fall on the doubled stride. */
    private void thin() {
        List<LossPoint> kept = new ArrayList<>(points.size() / 2 + 1);
        for (int i = 0; i < points.size(); i += 2) {
            kept.add(points.get(i));
        }
        points.clear();
        points.addAll(kept);
        stride *= 2;
    }

    public List<LossPoint> points() {
        return List.copyOf(points);
    }

    public int size() {
        return points.size();
    }

    /** Raw losses added so far. */
    public int seen() {
        return seen;
    }
}
