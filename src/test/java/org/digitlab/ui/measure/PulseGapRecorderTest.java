package org.digitlab.ui.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The recorder's arithmetic, fed pulse times by hand (the timer is never started). */
class PulseGapRecorderTest {

    private static final long MS = 1_000_000;

    @Test
    void gapsArePercentilesOfTheTimeBetweenPulses() {
        PulseGapRecorder recorder = new PulseGapRecorder();
        long now = 1;
        for (int i = 0; i < 100; i++) {
            recorder.handle(now);
            now += (i == 50 ? 250 : 16) * MS;
        }
        assertThat(recorder.gaps()).isEqualTo(99);
        assertThat(recorder.percentileMillis(0.5)).isEqualTo(16.0);
        assertThat(recorder.maxMillis()).isEqualTo(250.0);
        assertThat(recorder.maxGapAtSeconds()).isCloseTo((50 * 16 + 250) / 1000.0, within(1e-9));
        assertThat(recorder.over(100)).isEqualTo(1);
        assertThat(recorder.report()).contains("pulse_gap_max_ms=250.0");
        assertThat(recorder.report("warm_")).contains("\nwarm_pulse_gap_max_ms=250.0").startsWith("warm_pulse_gaps=99");
    }

    @Test
    void nothingIsCountedWhileNotRecording() {
        PulseGapRecorder recorder = new PulseGapRecorder();
        recorder.setRecording(false);
        recorder.handle(1);
        recorder.handle(1 + 500 * MS);
        assertThat(recorder.gaps()).isZero();
        assertThat(recorder.maxMillis()).isZero();
    }
}
