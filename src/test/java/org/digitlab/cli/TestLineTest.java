package org.digitlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.digitlab.model.EpochMetrics;
import org.digitlab.model.TrainingHistory;
import org.digitlab.training.RunOutcome;
import org.digitlab.training.TrainingResult;
import org.junit.jupiter.api.Test;

/** The test line of {@code train} names the weights it tested: never "last epoch" when none finished. */
class TestLineTest {

    @Test
    void aRunStoppedBeforeItsFirstEpochTestsUntrainedWeightsAndSaysSo() {
        TrainingResult stopped = new TrainingResult(RunOutcome.STOPPED, "", TrainingHistory.EMPTY, null, 0);
        assertThat(TrainCommand.keptWeights(stopped)).isEqualTo("no epoch finished: untrained weights");
    }

    @Test
    void otherwiseTheLastOrTheBestEpoch() {
        TrainingHistory one = new TrainingHistory(List.of(new EpochMetrics(1, 0.3, 0.9, 0.2, 0.95, 1, 100)));
        assertThat(TrainCommand.keptWeights(new TrainingResult(RunOutcome.STOPPED, "", one, null, 0)))
                .isEqualTo("last epoch");
        assertThat(TrainCommand.keptWeights(new TrainingResult(RunOutcome.COMPLETED, "", one, null, 1)))
                .isEqualTo("best epoch 1");
    }
}
