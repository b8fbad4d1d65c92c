package org.digitlab.ui.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The Architecture view refuses what the command line refuses, in the same words, before Train. */
class ArchitectureChecksTest {

    private static final Executor DIRECT = Runnable::run;

    private final ArchitectureViewModel viewModel = new ArchitectureViewModel(DIRECT, DIRECT);

    @Test
    void anInfiniteLearningRateBlocksTraining() {
        viewModel.settings().learningRateProperty().set(Double.POSITIVE_INFINITY);

        assertThat(viewModel.canTrainProperty().get()).isFalse();
        assertThat(viewModel.problemTextProperty().get()).isEqualTo(
                "learning rate: got Infinity; it must be a finite number above 0, e.g. 0.001");
    }

    @Test
    void moreEpochsThanTheCeilingBlockTraining() {
        viewModel.settings().epochsProperty().set(1_000_000);

        assertThat(viewModel.canTrainProperty().get()).isFalse();
        assertThat(viewModel.problemTextProperty().get()).startsWith("epochs: got 1000000; train for 1 to 10,000");
    }

    @Test
    void aHugeDenseLayerIsNamedAndBlocksTraining() {
        assertThat(viewModel.edit(1, LayerField.SIZE, "2000000000")).isTrue();

        assertThat(viewModel.canTrainProperty().get()).isFalse();
        assertThat(viewModel.problemAt(1)).isNotNull();
        assertThat(viewModel.problemTextProperty().get()).startsWith("layer 1 (dense): has 1,570,000,000,000");
        assertThat(viewModel.totalParamsProperty().get()).isEmpty();
    }
}
