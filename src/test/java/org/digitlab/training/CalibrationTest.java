package org.digitlab.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The reliability diagram's figures on predictions made by hand, whose bins and ECE are known. */
class CalibrationTest {

    /** Two classes: the answer is class 0 with probability {@code p} (p ≥ 0.5). */
    private static float[] sure(float p) {
        return new float[] {p, 1 - p};
    }

    /**
     * Two predictions at 95% (one right, one wrong: accuracy 50%, gap 0.45) and two at 55% (both
     * right: accuracy 100%, gap 0.45): ECE = ½ × 0.45 + ½ × 0.45 = 0.45.
     */
    @Test
    void overAndUnderConfidentBinsGiveTheKnownError() {
        Predictions p = new Predictions(new int[] {0, 1, 0, 0},
                new float[][] {sure(0.95f), sure(0.95f), sure(0.55f), sure(0.55f)});
        Calibration c = Calibration.of(p, 10);
        assertThat(c.examples()).isEqualTo(4);
        assertThat(c.bins()).hasSize(10);
        Calibration.Bin high = c.bins().get(9);
        assertThat(high.count()).isEqualTo(2);
        assertThat(high.meanConfidence()).isCloseTo(0.95, within(1e-6));
        assertThat(high.accuracy()).isEqualTo(0.5);
        assertThat(high.gap()).isCloseTo(-0.45, within(1e-6));
        Calibration.Bin middle = c.bins().get(5);
        assertThat(middle.lower()).isEqualTo(0.5);
        assertThat(middle.count()).isEqualTo(2);
        assertThat(middle.accuracy()).isEqualTo(1.0);
        assertThat(c.bins().stream().mapToInt(Calibration.Bin::count).sum()).isEqualTo(4);
        assertThat(c.bins().get(0).count()).isZero();
        assertThat(c.bins().get(0).accuracy()).isNaN();
        assertThat(c.expectedCalibrationError()).isCloseTo(0.45, within(1e-6));
    }

    /** Ten answers at 80%, eight right: exactly as sure as it is right, ECE 0. */
    @Test
    void aModelRightAsOftenAsItIsSureHasNoError() {
        int[] actual = new int[10];
        float[][] probabilities = new float[10][];
        for (int i = 0; i < 10; i++) {
            actual[i] = i < 8 ? 0 : 1;
            probabilities[i] = sure(0.8f);
        }
        Calibration c = Calibration.of(new Predictions(actual, probabilities), 10);
        assertThat(c.bins().get(7).count()).isEqualTo(10);
        assertThat(c.expectedCalibrationError()).isCloseTo(0, within(1e-6));
    }

    /** Confidence exactly on a bin's upper edge belongs to that bin; 1.0 to the last one. */
    @Test
    void binEdgesBelongToTheLowerBin() {
        Predictions p = new Predictions(new int[] {0, 0, 0, 0},
                new float[][] {{0.5f, 0.5f}, {1f, 0f}, {0.6f, 0.4f}, {0.61f, 0.39f}});
        Calibration c = Calibration.of(p, 10);
        assertThat(c.bins().get(4).count()).isEqualTo(1);
        assertThat(c.bins().get(9).count()).isEqualTo(1);
        assertThat(c.bins().get(5).count()).isEqualTo(1);
        assertThat(c.bins().get(6).count()).isEqualTo(1);
    }

    @Test
    void noPredictionsGiveNoError() {
        Calibration c = Calibration.of(new Predictions(new int[0], new float[0][]), 10);
        assertThat(c.examples()).isZero();
        assertThat(c.expectedCalibrationError()).isNaN();
    }
}
