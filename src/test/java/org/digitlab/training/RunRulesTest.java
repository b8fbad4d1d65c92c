package org.digitlab.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.digitlab.model.EpochMetrics;
import org.digitlab.model.Loss;
import org.junit.jupiter.api.Test;

/** The rules that may end a run, alone and composed, without an engine. */
class RunRulesTest {

    private static final int CLASSES = 10;

    @Test
    void earlyStoppingEndsAfterPatienceEpochsWithoutABetterValidationLoss() {
        EarlyStopping rule = new EarlyStopping(2, Double.POSITIVE_INFINITY);

        assertThat(rule.afterEpoch(epoch(1, 0.5))).isNull();
        assertThat(rule.afterEpoch(epoch(2, 0.6))).isNull();
        assertThat(rule.afterEpoch(epoch(3, 0.4))).isNull(); // better: the count starts again
        assertThat(rule.afterEpoch(epoch(4, 0.45))).isNull();
        assertThat(rule.afterEpoch(epoch(5, 0.41))).isEqualTo(new RunRule.Ending(RunOutcome.EARLY_STOPPED, ""));
    }

    @Test
    void earlyStoppingMustBeatTheModelARunContinues() {
        EarlyStopping rule = new EarlyStopping(1, 0.3);

        assertThat(rule.afterEpoch(epoch(1, 0.35))).isNotNull();
    }

    @Test
    void aPatienceOfZeroOrNoValidationNeverStops() {
        EarlyStopping never = new EarlyStopping(0, Double.POSITIVE_INFINITY);
        EarlyStopping blind = new EarlyStopping(1, Double.POSITIVE_INFINITY);
        for (int e = 1; e <= 5; e++) {
            assertThat(never.afterEpoch(epoch(e, 0.1 * e))).isNull();
            assertThat(blind.afterEpoch(epoch(e, Double.NaN))).isNull();
        }
    }

    @Test
    void aNanLossEndsTheRunAsDivergedWithItsDiagnosis() {
        DivergenceCheck rule = new DivergenceCheck(new DivergenceWatch(Loss.CROSS_ENTROPY, CLASSES), 1e12);

        RunRule.Ending ending = rule.afterBatch(1, 3, Double.NaN);

        assertThat(ending.outcome()).isEqualTo(RunOutcome.DIVERGED);
        assertThat(ending.diagnosis()).contains("epoch 1").contains("NaN");
    }

    @Test
    void composedRulesAreAskedInOrderAndTheFirstEndingWins() throws Exception {
        List<String> asked = new ArrayList<>();
        RunRule first = new RunRule() {
            @Override
            public Ending afterEpoch(EpochMetrics metrics) {
                asked.add("first");
                return null;
            }
        };
        RunRule stops = new RunRule() {
            @Override
            public Ending afterEpoch(EpochMetrics metrics) {
                asked.add("stops");
                return new Ending(RunOutcome.EARLY_STOPPED, "");
            }
        };
        RunRule never = new RunRule() {
            @Override
            public Ending afterEpoch(EpochMetrics metrics) {
                asked.add("never");
                return null;
            }
        };

        RunRule.Ending ending = RunRule.all(List.of(first, stops, never)).afterEpoch(epoch(1, 0.5));

        assertThat(ending.outcome()).isEqualTo(RunOutcome.EARLY_STOPPED);
        assertThat(asked).containsExactly("first", "stops");
        assertThat(RunRule.all(List.of(first)).afterBatch(1, 1, 0.5)).isNull();
    }

    private static EpochMetrics epoch(int n, double valLoss) {
        return new EpochMetrics(n, 0.5, 0.8, valLoss, Double.isNaN(valLoss) ? Double.NaN : 0.85, 1.0, 1000);
    }
}
