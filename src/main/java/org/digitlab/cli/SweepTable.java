package org.digitlab.cli;

import java.util.List;
import java.util.Locale;
import org.digitlab.training.Distortion;
import org.digitlab.training.SweepCurve;

/** A robustness sweep as a table on the terminal: each model's plain accuracy and its one number. */
final class SweepTable {

    private static final double SHOWN_SHIFT = 4;

    private SweepTable() {
    }

    static String format(List<SweepCurve> curves, List<Distortion> distortions) {
        int width = Math.max(12, curves.stream().mapToInt(c -> c.model().length()).max().orElse(0));
        boolean shift = distortions.contains(Distortion.SHIFT);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-" + width + "s  %9s  %12s%s%n", "model",
                "plain", "sweep mean", shift ? "  shift 4 px  under 50% from" : ""));
        for (SweepCurve curve : curves) {
            Distortion any = distortions.get(0);
            sb.append(String.format(Locale.ROOT, "%-" + width + "s  %8.2f%%  %11.2f%%", curve.model(),
                    100 * curve.accuracyAt(any, any.neutral()), 100 * curve.meanAccuracy()));
            if (shift) {
                var fails = curve.failsAt(Distortion.SHIFT);
                sb.append(String.format(Locale.ROOT, "  %10.2f%%  %s", 100 * curve.accuracyAt(Distortion.SHIFT, SHOWN_SHIFT),
                        fails.isPresent() ? String.format(Locale.ROOT, "shift %.1f px", fails.getAsDouble())
                                : "never (up to 10 px)"));
            }
            sb.append(System.lineSeparator());
        }
        sb.append("sweep mean: the mean accuracy over every distorted copy of the test images; under 50% from: "
                + "the shift at which accuracy falls below 50%, between the steps measured").append(System.lineSeparator());
        return sb.toString();
    }
}
