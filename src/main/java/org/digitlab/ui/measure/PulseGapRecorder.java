package org.digitlab.ui.measure;

import java.util.Arrays;
import java.util.Locale;
import javafx.animation.AnimationTimer;

/**
 * Records the time between FX pulses: an {@link AnimationTimer} asks for a pulse every frame, so a
 * gap much longer than 16.7 ms is a frame the window could not draw (the FX thread was busy). Used
 * to measure how smooth the window stays while a network trains.
 */
public final class PulseGapRecorder extends AnimationTimer {

    private static final double NANOS_PER_MILLI = 1e6;
    private static final int INITIAL_CAPACITY = 4096;
    private static final double MILLIS_PER_SECOND = 1000;
    /** Three frames at 60 Hz: a stutter anyone sees. */
    private static final double SLOW_FRAME_MS = 50;
    private static final double FROZEN_FRAME_MS = 100;

    private long[] gaps = new long[INITIAL_CAPACITY];
    private int count;
    private long last;
    private long first;
    private long maxGap;
    private long maxGapAt;
    private boolean recording = true;

    @Override
    public void handle(long now) {
        if (last != 0 && recording) {
            if (count == gaps.length) {
                gaps = Arrays.copyOf(gaps, count * 2);
            }
            gaps[count++] = now - last;
            if (now - last > maxGap) {
                maxGap = now - last;
                maxGapAt = now - first;
            }
        }
        if (first == 0) {
            first = now;
        }
        last = now;
    }

    /** Gaps are only counted while recording (e.g. while the run trains, not while it loads). */
    public void setRecording(boolean on) {
        recording = on;
    }

    public int gaps() {
        return count;
    }

    /** Largest gap in milliseconds (0 without gaps). */
    public double maxMillis() {
        return percentileMillis(1.0);
    }

    /** The gap below which the given fraction of gaps lie, in milliseconds. */
    public double percentileMillis(double fraction) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(gaps, count);
        Arrays.sort(sorted);
        int index = (int) Math.min(count - 1, Math.max(0, Math.ceil(fraction * count) - 1));
        return sorted[index] / NANOS_PER_MILLI;
    }

    /** Gaps longer than the given milliseconds. */
    public int over(double millis) {
        int over = 0;
        for (int i = 0; i < count; i++) {
            over += gaps[i] / NANOS_PER_MILLI > millis ? 1 : 0;
        }
        return over;
    }

    /** Seconds from the first pulse to the end of the longest gap: when the window froze. */
    public double maxGapAtSeconds() {
        return maxGapAt / (NANOS_PER_MILLI * MILLIS_PER_SECOND);
    }

    /** Gap statistics as key=value lines. */
    public String report() {
        return report("");
    }

    /** Gap statistics as key=value lines whose keys start with the prefix. */
    public String report(String prefix) {
        String lines = String.format(Locale.ROOT, "pulse_gaps=%d%npulse_gap_median_ms=%.1f%npulse_gap_p95_ms=%.1f%n"
                + "pulse_gap_p99_ms=%.1f%npulse_gap_max_ms=%.1f%npulse_gap_max_at_s=%.1f%n"
                + "pulse_gaps_over_50ms=%d%npulse_gaps_over_100ms=%d%n",
                count, percentileMillis(0.5), percentileMillis(0.95), percentileMillis(0.99), maxMillis(),
                maxGapAtSeconds(), over(SLOW_FRAME_MS), over(FROZEN_FRAME_MS));
        return lines.lines().map(line -> prefix + line + "\n").collect(java.util.stream.Collectors.joining());
    }
}
