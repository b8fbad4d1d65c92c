package org.digitlab.ui.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LossTraceTest {

    @Test
    void aFiftyEpochRunStaysWithinTheBound() {
        LossTrace trace = new LossTrace(400);
        int perEpoch = 1000;
        for (int epoch = 0; epoch < 50; epoch++) {
            for (int batch = 1; batch <= perEpoch; batch++) {
                trace.add(epoch + (double) batch / perEpoch, 1.0 / (1 + epoch));
            }
        }
        assertThat(trace.seen()).isEqualTo(50_000);
        assertThat(trace.size()).isBetween(200, 400);
        // Evenly spread: no gap between neighbours is much wider than the average one.
        double average = 50.0 / trace.size();
        for (int i = 1; i < trace.size(); i++) {
            assertThat(trace.points().get(i).epoch() - trace.points().get(i - 1).epoch()).isLessThan(2.5 * average);
        }
        // The curve still spans the whole run, in order, and ends at its newest point.
        assertThat(trace.points().get(0).epoch()).isLessThan(1);
        assertThat(trace.points().get(trace.size() - 1).epoch()).isGreaterThan(49.5);
        for (int i = 1; i < trace.size(); i++) {
            assertThat(trace.points().get(i).epoch()).isGreaterThan(trace.points().get(i - 1).epoch());
        }
    }

    /** Train more: the earlier points stay as they were and the smoothing carries on from them. */
    @Test
    void aContinuedTraceKeepsTheEarlierPointsAndStaysBounded() {
        LossTrace earlier = new LossTrace(400);
        for (int batch = 1; batch <= 5000; batch++) {
            earlier.add(batch / 1000.0, 1.0);
        }
        LossTrace trace = LossTrace.continuing(earlier.points());
        assertThat(trace.points()).isEqualTo(earlier.points());

        trace.add(5.001, 0.5);
        assertThat(trace.points().get(trace.size() - 1).value()).isCloseTo(0.8 * 1.0 + 0.2 * 0.5, within(1e-12));
        for (int batch = 2; batch <= 50_000; batch++) {
            trace.add(5 + batch / 1000.0, 0.5);
        }
        assertThat(trace.size()).isBetween(200, 400);
        assertThat(trace.points().get(0).epoch()).isLessThan(0.1);
        for (int i = 1; i < trace.size(); i++) {
            assertThat(trace.points().get(i).epoch()).isGreaterThan(trace.points().get(i - 1).epoch());
        }
    }

    @Test
    void smoothingStartsAtTheFirstLossAndFollowsTheTrend() {
        LossTrace trace = new LossTrace();
        trace.add(0.1, 2.0);
        trace.add(0.2, 1.0);
        assertThat(trace.points().get(0).value()).isEqualTo(2.0);
        assertThat(trace.points().get(1).value()).isCloseTo(0.8 * 2.0 + 0.2 * 1.0, within(1e-12));
    }

    @Test
    void aNaNLossIsLeftOffTheCurve() {
        LossTrace trace = new LossTrace();
        trace.add(0.1, Double.NaN);
        trace.add(0.2, Double.POSITIVE_INFINITY);
        assertThat(trace.size()).isZero();
    }
}
