package org.digitlab.ui.training;

import java.util.ArrayList;
import java.util.List;

/**
 * The per-iteration training loss of a run, smoothed and kept to a bounded number of points
 * however long the run is: when the trace is full, neighbouring points are merged pairwise
 * (their mean), so old parts of the curve get coarser while its shape stays. A 50-epoch run
 * therefore costs the chart at most {@link #DEFAULT_MAX_POINTS} points (see platform-notes:
 * charts stay smooth below ~1000 points per series).
 */
public final class LossTrace {

    public static final int DEFAULT_MAX_POINTS = 400;
    /** Weight of the past in the exponential moving average, as TensorBoard's smoothing slider. */
    public static final double SMOOTHING = 0.8;

    private final int maxPoints;
    private final List<LossPoint> points = new ArrayList<>();
    private double smoothed = Double.NaN;
    private int seen;

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
     * Adds a raw loss; returns true when old points were merged (the whole curve changed) rather
     * than one point appended.
     */
    public boolean add(double epoch, double loss) {
        if (!Double.isFinite(loss)) {
            return false; // a diverged loss has no place on a chart; the diagnosis says it
        }
        seen++;
        // Starts at the first loss, so the curve is not pulled towards 0 at the beginning.
        smoothed = Double.isNaN(smoothed) ? loss : SMOOTHING * smoothed + (1 - SMOOTHING) * loss;
        points.add(new LossPoint(epoch, smoothed));
        if (points.size() > maxPoints) {
            halve();
            return true;
        }
        return false;
    }

    private void halve() {
        List<LossPoint> merged = new ArrayList<>(points.size() / 2 + 1);
        int last = points.size() - 1;
        for (int i = 0; i < last; i += 2) {
            LossPoint a = points.get(i);
            LossPoint b = points.get(i + 1);
            merged.add(new LossPoint((a.epoch() + b.epoch()) / 2, (a.value() + b.value()) / 2));
        }
        if (points.size() % 2 == 1) {
            merged.add(points.get(last)); // the newest point stays exact
        }
        points.clear();
        points.addAll(merged);
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
