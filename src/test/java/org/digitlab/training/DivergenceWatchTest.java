package org.digitlab.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.digitlab.model.Loss;
import org.junit.jupiter.api.Test;

/** Divergence is caught whatever the optimizer; learning runs, and the MSE lesson, go on. */
class DivergenceWatchTest {

    private static final int CLASSES = 10;
    private static final double LR = 1e12;

    @Test
    void nanAndInfinityStopAtOnce() {
        assertThat(new DivergenceWatch(Loss.CROSS_ENTROPY, CLASSES).afterBatch(Double.NaN, 1, 3, LR)).isTrue();
        DivergenceWatch watch = new DivergenceWatch(Loss.MSE, CLASSES);
        assertThat(watch.afterBatch(Double.POSITIVE_INFINITY, 2, 7, LR)).isTrue();
        assertThat(watch.diagnosis()).contains("epoch 2, iteration 7", "infinite", "e.g. 1e+11");
    }

    /** Adam bounds each step, so at 1e12 the loss settles near 20 instead of becoming NaN. */
    @Test
    void aFiniteLossFarAboveGuessingStopsWithinAWindowOfBatches() {
        DivergenceWatch watch = new DivergenceWatch(Loss.CROSS_ENTROPY, CLASSES);
        assertThat(watch.afterBatch(2.3, 1, 1, LR)).isFalse();
        long iteration = 1;
        boolean diverged = false;
        while (!diverged && iteration < 100) {
            diverged = watch.afterBatch(20.7, 1, ++iteration, LR);
        }
        assertThat(diverged).isTrue();
        assertThat(iteration).isEqualTo(DivergenceWatch.WINDOW);
        assertThat(watch.diagnosis()).contains("diverged at epoch 1", "far above the 2.30259 of guessing",
                "smaller learning rate, e.g. 1e+11");
    }

    @Test
    void oneBadBatchAmongGoodOnesIsNoDivergence() {
        DivergenceWatch watch = new DivergenceWatch(Loss.CROSS_ENTROPY, CLASSES);
        for (int i = 1; i <= 200; i++) {
            assertThat(watch.afterBatch(i == 100 ? 40 : 0.3, 1, i, 0.001)).isFalse();
        }
        assertThat(watch.afterEpoch(1, 200, 200, 0.5, 0.9, 0.001)).isFalse();
        assertThat(watch.diagnosis()).isEmpty();
    }

    @Test
    void anEpochWorseThanGuessingStops() {
        DivergenceWatch watch = new DivergenceWatch(Loss.MSE, CLASSES);
        assertThat(watch.afterEpoch(1, 469, 469, 0.18, 0.1, 10)).isTrue();
        assertThat(watch.diagnosis()).contains("far above the 0.09 of guessing");
    }

    /** Notebook 002's sigmoid + MSE network is stuck near chance on purpose: that is its lesson. */
    @Test
    void theMseLessonStuckNearChanceTrainsOn() {
        DivergenceWatch watch = new DivergenceWatch(Loss.MSE, CLASSES);
        for (int epoch = 1; epoch <= 5; epoch++) {
            assertThat(watch.afterEpoch(epoch, 469L * epoch, 469, 0.0899, 0.118, 0.01)).isFalse();
        }
    }

    /** lenet5-small's measured first epochs: at chance, but its loss falls, and then it learns. */
    @Test
    void aSlowStartAtChanceWhoseLossFallsTrainsOn() {
        DivergenceWatch watch = new DivergenceWatch(Loss.CROSS_ENTROPY, CLASSES);
        double[] losses = {2.3041, 2.3019, 2.2996, 2.2971, 2.2940, 2.29};
        for (int epoch = 1; epoch <= losses.length; epoch++) {
            assertThat(watch.afterEpoch(epoch, 469L * epoch, 469, losses[epoch - 1], 0.115, 0.01)).isFalse();
        }
    }

    @Test
    void crossEntropyFlatAtChanceForEpochsOnEndStops() {
        DivergenceWatch watch = new DivergenceWatch(Loss.CROSS_ENTROPY, CLASSES);
        boolean stuck = false;
        int epoch = 0;
        while (!stuck && epoch < 10) {
            epoch++;
            stuck = watch.afterEpoch(epoch, 469L * epoch, 469, 2.3012, 0.113, 1e-7);
        }
        assertThat(stuck).isTrue();
        assertThat(epoch).isEqualTo(1 + DivergenceWatch.AT_CHANCE_EPOCHS);
        assertThat(watch.diagnosis()).contains("learns nothing", "bigger learning rate, e.g. 1e-06");
    }

    @Test
    void tooFewBatchesAreNotJudged() {
        DivergenceWatch watch = new DivergenceWatch(Loss.CROSS_ENTROPY, CLASSES);
        assertThat(watch.afterEpoch(1, 4, 4, 5.0, 0.0, 0.01)).isFalse();
    }
}
