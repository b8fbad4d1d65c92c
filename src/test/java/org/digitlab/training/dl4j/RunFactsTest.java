package org.digitlab.training.dl4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.digitlab.RealMnist;
import org.digitlab.Slow;
import org.digitlab.data.DataSplits;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.Presets;
import org.digitlab.model.RunFacts;
import org.digitlab.model.dl4j.Dl4jModelFiles;
import org.digitlab.training.BatchMetrics;
import org.digitlab.training.RunOutcome;
import org.digitlab.training.TrainingListener;
import org.digitlab.training.TrainingRequest;
import org.digitlab.training.TrainingResult;
import org.digitlab.training.TrainingRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A trained model knows how its run went: how it ended, the epochs run of those planned, the images used. */
@Slow
class RunFactsTest {

    private static final long TIMEOUT_SECONDS = 300;
    private static final int LIMIT = 500;

    @Test
    void aLimitedRunThatCompletedSaysSoInItsModelAndItsModelFile(@TempDir Path dir) throws Exception {
        DataSplits splits = RealMnist.plain();
        TrainingRun run = new Dl4jTrainer().start(TrainingRequest.of(mlp100(2), splits).withLimit(LIMIT),
                new TrainingListener() { });
        TrainingResult result = run.result().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);

        RunFacts facts = result.model().metadata().run();
        assertThat(facts).isEqualTo(new RunFacts(RunFacts.COMPLETED, 2, 2, LIMIT, splits.train().size(), 0));
        assertThat(facts.endedEarly()).isFalse();
        assertThat(facts.describe()).isEqualTo("2 epochs, on the first 500 of 60,000 training images (limited)");
        Path file = dir.resolve("model.zip");
        new Dl4jModelFiles().save(result.model(), file);
        assertThat(new Dl4jModelFiles().load(file).metadata().run()).isEqualTo(facts);
    }

    @Test
    void aRunStoppedBeforeItsFirstEpochEndedSaysNoEpochRan() throws Exception {
        CountDownLatch firstBatch = new CountDownLatch(1);
        TrainingRun run = new Dl4jTrainer().start(TrainingRequest.of(mlp100(20), RealMnist.plain()),
                new TrainingListener() {
                    @Override
                    public void onBatch(BatchMetrics batch) {
                        firstBatch.countDown();
                    }
                });
        assertThat(firstBatch.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
        run.stop();
        TrainingResult result = run.result().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);

        assertThat(result.outcome()).isEqualTo(RunOutcome.STOPPED);
        assertThat(result.history().isEmpty()).isTrue();
        RunFacts facts = result.model().metadata().run();
        assertThat(facts.ending()).isEqualTo("stopped");
        assertThat(facts.describe()).startsWith("0 of 20 planned epochs (run stopped)");
        assertThat(facts.keptWeights()).isEqualTo("untrained (no epoch finished)");
    }

    private static ArchitectureSpec mlp100(int epochs) {
        ArchitectureSpec spec = Presets.get("mlp-100");
        return spec.withTraining(spec.training().withEpochs(epochs).withBatchSize(64));
    }
}
