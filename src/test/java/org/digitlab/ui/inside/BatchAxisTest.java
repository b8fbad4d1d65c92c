package org.digitlab.ui.inside;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BatchAxisTest {

    @Test
    void stepsAreRoundAndAtMostFourCoverTheRun() {
        assertThat(BatchAxis.step(18_740)).isEqualTo(5_000);
        assertThat(BatchAxis.step(100)).isEqualTo(50);
        assertThat(BatchAxis.step(4_000)).isEqualTo(1_000);
        assertThat(BatchAxis.step(4_001)).isEqualTo(2_000);
    }

    @Test
    void anEmptyTimelineSpansAHundredBatchesAndALongRunEndsOnARoundNumber() {
        assertThat(BatchAxis.upper(0)).isEqualTo(100);
        assertThat(BatchAxis.upper(18_740)).isEqualTo(20_000);
        assertThat(BatchAxis.upper(20_000)).isEqualTo(20_000);
    }

    @Test
    void labelsAreShort() {
        assertThat(BatchAxis.label(750)).isEqualTo("750");
        assertThat(BatchAxis.label(15_000)).isEqualTo("15k");
        assertThat(BatchAxis.label(2_500)).isEqualTo("2.5k");
    }
}
