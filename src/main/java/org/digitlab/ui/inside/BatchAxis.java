package org.digitlab.ui.inside;

import java.util.Locale;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/**
 * The probes' "batches trained" axis: from 0 to a round number past the last batch in at most
 * {@link #MAX_STEPS} round steps, labelled short ("15k"). Left to range itself, the axis put
 * nine labels such as "12,500" side by side in a column of 380 pixels, where they ran into each
 * other at larger fonts.
 */
final class BatchAxis {

    static final int MAX_STEPS = 4;
    private static final double EMPTY = 100;

    private BatchAxis() {
    }

    static void install(NumberAxis axis) {
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return label(value.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("labels are not parsed");
            }
        });
        fit(axis, 0);
    }

    /** Ranges the axis to hold batches 0 .. {@code last}. */
    static void fit(NumberAxis axis, double last) {
        axis.setLowerBound(0);
        axis.setUpperBound(upper(last));
        axis.setTickUnit(step(Math.max(last, EMPTY)));
    }

    /** The axis's end: a whole number of steps, at least a hundred batches. */
    static double upper(double last) {
        double top = Math.max(last, EMPTY);
        double step = step(top);
        return step * Math.ceil(top / step);
    }

    /** The smallest of 1, 2, 5 × 10ⁿ that covers {@code last} in {@link #MAX_STEPS} steps. */
    static double step(double last) {
        double raw = last / MAX_STEPS;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5}) {
            if (m * magnitude >= raw) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** "750", "2k", "2.5k": at most four characters for a lesson's runs. */
    static String label(double batches) {
        if (batches < 1000) {
            return String.format(Locale.ROOT, "%.0f", batches);
        }
        double thousands = batches / 1000;
        return thousands == Math.rint(thousands) ? String.format(Locale.ROOT, "%.0fk", thousands)
                : String.format(Locale.ROOT, "%.1fk", thousands);
    }
}
