package org.digitlab.ui.training;

import java.util.Locale;

/** Durations as a student reads them: "42 s", "3:05", "1:02:03". */
final class Durations {

    private static final int MINUTE = 60;
    private static final int HOUR = 3600;

    private Durations() {
    }

    static String format(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "–";
        }
        long s = Math.round(seconds);
        if (s < MINUTE) {
            return s + " s";
        } else if (s < HOUR) {
            return String.format(Locale.ROOT, "%d:%02d", s / MINUTE, s % MINUTE);
        }
        return String.format(Locale.ROOT, "%d:%02d:%02d", s / HOUR, s % HOUR / MINUTE, s % MINUTE);
    }
}
