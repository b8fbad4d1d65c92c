package org.digitlab.training.dl4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.digitlab.RealMnist;
import org.digitlab.Slow;
import org.digitlab.data.DataSplits;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.EpochMetrics;
import org.digitlab.model.Optimizer;
import org.digitlab.model.Presets;
import org.digitlab.model.TrainedModel;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.digitlab.model.dl4j.Dl4jModelFiles;
import org.digitlab.model.dl4j.Dl4jTrainedModel;
import org.digitlab.training.BatchMetrics;
import org.digitlab.training.EvaluationResult;
import org.digitlab.training.RunOutcome;
import org.digitlab.training.RunState;
import org.digitlab.training.TrainingListener;
import org.digitlab.training.TrainingRequest;
import org.digitlab.training.TrainingResult;
import org.digitlab.training.TrainingRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Trains real presets on real MNIST, kept quick with example limits. */
@Slow
class Dl4jTrainerTest {

    private static final long TIMEOUT_SECONDS = 300;

    private final Dl4jTrainer trainer = new Dl4jTrainer();

    @Test
    void oneEpochOfTheMlpOnFourThousandExamplesIsFarAboveChance() throws Exception {
        ArchitectureSpec spec = mlp100(1);
        TrainingResult result = train(TrainingRequest.of(spec, RealMnist.plain()).withLimit(4000));

        assertThat(result.outcome()).isEqualTo(RunOutcome.COMPLETED);
        EpochMetrics epoch = result.history().epochs().get(0);
        assertThat(epoch.trainAccuracy()).isGreaterThan(0.6);
        assertThat(epoch.examplesPerSecond()).isPositive();
        EvaluationResult test = Dl4jEvaluator.evaluate(result.model(), RealMnist.plain().test());
        assertThat(test.examples()).isEqualTo(10_000);
        assertThat(test.accuracy()).isGreaterThan(0.85);
    }

    @Test
    void theCnnLearnsFromThreeThousandExamples() throws Exception {
        ArchitectureSpec spec = Presets.get("cnn-3conv");
        spec = spec.withTraining(spec.training().withEpochs(1).withBatchSize(64));
        TrainingResult result = train(TrainingRequest.of(spec, RealMnist.holdoutHalf()).withLimit(3000));

        EpochMetrics epoch = result.history().epochs().get(0);
        assertThat(epoch.hasValidation()).isTrue();
        assertThat(epoch.valAccuracy()).isGreaterThan(0.7);
    }

    @Test
    void sameSpecDataAndSeedGiveTheSameFigures() throws Exception {
        ArchitectureSpec spec = mlp100(2);
        TrainingRequest request = TrainingRequest.of(spec, RealMnist.holdoutHalf()).withLimit(1000);
        List<EpochMetrics> first = train(request).history().epochs();
        List<EpochMetrics> second = train(request).history().epochs();
        assertThat(first).hasSize(2);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).trainLoss()).isEqualTo(first.get(i).trainLoss());
            assertThat(second.get(i).trainAccuracy()).isEqualTo(first.get(i).trainAccuracy());
            assertThat(second.get(i).valLoss()).isEqualTo(first.get(i).valLoss());
            assertThat(second.get(i).valAccuracy()).isEqualTo(first.get(i).valAccuracy());
        }
    }

    @Test
    void learningRateDecaysEpochByEpochAndShiftedTrainingStillLearns() throws Exception {
        ArchitectureSpec plain = mlp100(2);
        ArchitectureSpec spec = plain.withTraining(plain.training().withLearningRateDecay(0.5)
                .withShiftAugmentation(2));

        TrainingResult result = train(TrainingRequest.of(spec, RealMnist.plain()).withLimit(3000));

        MultiLayerNetwork network = Dl4jTrainedModel.of(result.model()).network();
        assertThat(network.getEpochCount()).isEqualTo(2);
        // The next epoch would train at a quarter of the initial rate.
        assertThat(network.getLearningRate(0)).isCloseTo(spec.training().learningRateAt(3), within(1e-12));
        assertThat(spec.training().learningRateAt(3)).isCloseTo(plain.training().learningRate() / 4, within(1e-12));
        assertThat(result.history().epochs().get(1).trainAccuracy()).as("far above chance").isGreaterThan(0.5);
    }

    @Test
    void pauseHoldsTheRunAtABatchBoundaryResumeContinuesAndStopKeepsTheModel() throws Exception {
        ArchitectureSpec spec = mlp100(3);
        TrainingRequest request = new TrainingRequest(spec, RealMnist.plain(), 20_000, null, 1e9);
        BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        TrainingRun run = trainer.start(request, new TrainingListener() {
            @Override
            public void onBatch(BatchMetrics batch) {
                events.add(batch);
            }

            @Override
            public void onStateChanged(RunState state) {
                events.add(state);
            }
        });
        BatchMetrics first = next(events, BatchMetrics.class);
        run.pause();
        awaitState(events, RunState.PAUSED);
        long lastBeforePause = lastIteration(events, first);
        assertThat(run.state()).isEqualTo(RunState.PAUSED);

        run.resume();
        BatchMetrics afterResume = next(events, BatchMetrics.class);
        assertThat(afterResume.iteration()).isEqualTo(lastBeforePause + 1);

        run.stop();
        TrainingResult result = run.result().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertThat(result.outcome()).isEqualTo(RunOutcome.STOPPED);
        assertThat(result.hasModel()).isTrue();
        assertThat(run.state()).isEqualTo(RunState.FINISHED);
        assertThat(Dl4jEvaluator.evaluate(result.model(), RealMnist.plain().test()).accuracy())
                .isGreaterThan(0.2);
    }

    @Test
    void aHugeLearningRateDivergesWithADiagnosisAndNoModel() throws Exception {
        ArchitectureSpec spec = mlp100(1);
        spec = spec.withTraining(spec.training().withOptimizer(Optimizer.SGD).withLearningRate(1e12));
        TrainingResult result = train(TrainingRequest.of(spec, RealMnist.plain()).withLimit(5000));

        assertThat(result.outcome()).isEqualTo(RunOutcome.DIVERGED);
        assertThat(result.diagnosis()).contains("diverged at epoch 1, iteration")
                .contains("smaller learning rate");
        assertThat(result.hasModel()).isFalse();
    }

    @Test
    void checkpointKeepsTheBestEpochByValidationLossOnDisk(@TempDir Path dir) throws Exception {
        ArchitectureSpec spec = Presets.get("mlp-dropout");
        spec = spec.withTraining(spec.training().withEpochs(2));
        Path checkpoint = dir.resolve("best.zip");
        DataSplits splits = org.digitlab.data.Splits.apply(RealMnist.trainTest(),
                org.digitlab.data.SplitSpec.validationFraction(0.2, 1));
        TrainingResult result = train(TrainingRequest.of(spec, splits).withLimit(3000)
                .withCheckpointFile(checkpoint));

        assertThat(result.bestEpoch()).isBetween(1, 2);
        TrainedModel saved = new Dl4jModelFiles().load(checkpoint);
        assertThat(saved.history().epochs()).hasSizeGreaterThanOrEqualTo(1);
        assertThat(saved.spec()).isEqualTo(spec);
    }

    /** As a second {@code fit} in a notebook: the weights carry on and the history grows. */
    @Test
    void aContinuedRunStartsFromTheModelsWeightsAndNumbersItsEpochsOn() throws Exception {
        DataSplits splits = org.digitlab.data.Splits.apply(RealMnist.trainTest(),
                org.digitlab.data.SplitSpec.validationFraction(0.2, 1));
        ArchitectureSpec spec = mlp100(2);
        TrainingResult first = train(TrainingRequest.of(spec, splits).withLimit(3000));
        TrainingResult more = train(TrainingRequest.of(mlp100(1), splits).withLimit(3000)
                .continuing(first.model()));

        assertThat(more.history().epochs()).extracting(EpochMetrics::epoch).containsExactly(1, 2, 3);
        assertThat(more.history().epochs().subList(0, 2)).isEqualTo(first.history().epochs());
        EpochMetrics third = more.history().epochs().get(2);
        // A fresh network's first epoch on these examples ends near the first run's epoch 1.
        assertThat(third.trainLoss()).isLessThan(first.history().epochs().get(1).trainLoss());
        assertThat(third.trainAccuracy()).isGreaterThan(first.history().epochs().get(0).trainAccuracy() + 0.05);
        assertThat(more.model().history().lastEpoch()).isEqualTo(3);
    }

    @Test
    void aModelOfOtherLayersCannotBeContinued() throws Exception {
        TrainingResult mlp = train(TrainingRequest.of(mlp100(1), RealMnist.plain()).withLimit(500));
        ArchitectureSpec wider = Presets.get("mlp-512-256");

        assertThatThrownBy(() -> TrainingRequest.of(wider, RealMnist.plain()).continuing(mlp.model()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot continue training mlp-512-256 from a model of mlp-100: layer 2");
    }

    private TrainingResult train(TrainingRequest request) throws Exception {
        TrainingRun run = trainer.start(request, new TrainingListener() { });
        return run.result().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static ArchitectureSpec mlp100(int epochs) {
        ArchitectureSpec spec = Presets.get("mlp-100");
        return spec.withTraining(spec.training().withEpochs(epochs).withBatchSize(64));
    }

    private static <T> T next(BlockingQueue<Object> events, Class<T> type) throws InterruptedException {
        while (true) {
            Object event = events.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertThat(event).as("an event within the timeout").isNotNull();
            if (type.isInstance(event)) {
                return type.cast(event);
            }
        }
    }

    private static void awaitState(BlockingQueue<Object> events, RunState state) throws InterruptedException {
        List<Object> skipped = new CopyOnWriteArrayList<>();
        while (true) {
            Object event = events.poll(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertThat(event).as("state " + state + " within the timeout").isNotNull();
            if (event == state) {
                events.addAll(skipped); // keep the batches seen meanwhile for lastIteration
                return;
            }
            skipped.add(event);
        }
    }

    /** The last batch reported before the pause took hold. */
    private static long lastIteration(BlockingQueue<Object> events, BatchMetrics first) {
        long last = first.iteration();
        for (Object event : events) {
            if (event instanceof BatchMetrics batch) {
                last = Math.max(last, batch.iteration());
            }
        }
        events.clear();
        return last;
    }
}
