package org.digitlab.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.digitlab.data.DataSplits;
import org.digitlab.data.ImageSet;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.EpochMetrics;
import org.digitlab.model.ModelFiles;
import org.digitlab.model.ModelMetadata;
import org.digitlab.model.Presets;
import org.digitlab.model.TestFigures;
import org.digitlab.model.TrainedModel;
import org.digitlab.model.TrainingHistory;
import org.digitlab.training.BatchMetrics;
import org.digitlab.training.RunOutcome;
import org.digitlab.training.RunState;
import org.digitlab.training.TrainingResult;
import org.digitlab.training.TrainingSession;
import org.junit.jupiter.api.Test;

/** The dashboard's state without a toolkit: a fake trainer the test drives, direct executors. */
class TrainingViewModelTest {

    private static final Executor DIRECT = Runnable::run;
    private static final ArchitectureSpec SPEC = Presets.get("mlp-100")
            .withTraining(Presets.get("mlp-100").training().withEpochs(2));
    private static final TestFigures TEST = new TestFigures("mnist", "test", 0.3, 0.9, 2);

    private final FakeTrainer trainer = new FakeTrainer();
    private final List<Path> saved = new ArrayList<>();
    private final List<String> usedInDraw = new ArrayList<>();
    private final TrainingViewModel viewModel = new TrainingViewModel(
            new TrainingSession.Parts(trainer, settings -> tinySplits(), (model, test, dataset) -> TEST), files(),
            DIRECT, DIRECT, (name, model) -> usedInDraw.add(name));

    @Test
    void buttonsFollowTheRunsState() {
        assertThat(viewModel.canStartProperty().get()).isFalse(); // nothing to train yet
        viewModel.specProperty().set(SPEC);
        assertThat(viewModel.canStartProperty().get()).isTrue();
        assertThat(viewModel.canPauseProperty().get()).isFalse();
        assertThat(viewModel.canStopProperty().get()).isFalse();

        viewModel.start();
        assertThat(viewModel.stateProperty().get()).isEqualTo(RunState.RUNNING);
        assertThat(viewModel.canStartProperty().get()).isFalse();
        assertThat(viewModel.canPauseProperty().get()).isTrue();
        assertThat(viewModel.canResumeProperty().get()).isFalse();
        assertThat(viewModel.canStopProperty().get()).isTrue();

        viewModel.pause();
        assertThat(viewModel.stateProperty().get()).isEqualTo(RunState.PAUSED);
        assertThat(viewModel.canPauseProperty().get()).isFalse();
        assertThat(viewModel.canResumeProperty().get()).isTrue();

        viewModel.resume();
        assertThat(viewModel.canPauseProperty().get()).isTrue();

        viewModel.stop();
        assertThat(trainer.run.stopAsked).isTrue();
        assertThat(viewModel.canStopProperty().get()).isFalse(); // stopping already
        trainer.run.end(result(RunOutcome.STOPPED, ""), RunState.FINISHED);
        assertThat(viewModel.canStartProperty().get()).isTrue();
        assertThat(viewModel.activeProperty().get()).isFalse();
    }

    @Test
    void batchesAndEpochsReachTheChartsListsAndTheProgress() {
        viewModel.specProperty().set(SPEC);
        viewModel.limitProperty().set(300);
        viewModel.start();
        assertThat(trainer.requests.get(0).limit()).isEqualTo(300);

        trainer.run.listener.onBatch(new BatchMetrics(1, 5, 5, 10, 2.0, 1234, 1, 15));
        trainer.run.listener.onBatch(new BatchMetrics(1, 10, 10, 10, 1.0, 1500, 2, 10));
        trainer.run.listener.onEpoch(epoch(1));

        assertThat(viewModel.curves().trace()).hasSize(2);
        assertThat(viewModel.curves().trace().get(0)).isEqualTo(new LossPoint(0.5, 2.0));
        assertThat(viewModel.curves().epochs()).containsExactly(epoch(1));
        assertThat(viewModel.progress().fractionProperty().get()).isEqualTo(0.5);
        assertThat(viewModel.progress().epochTextProperty().get()).isEqualTo("Epoch 1/2");
        assertThat(viewModel.progress().speedTextProperty().get()).isEqualTo("1,500 examples/s");
        assertThat(viewModel.progress().etaTextProperty().get()).isEqualTo("ETA 10 s");
    }

    @Test
    void theSpeedAndTimeLeftGoWhenARunIsStopped() {
        viewModel.specProperty().set(SPEC);
        viewModel.start();
        trainer.run.listener.onBatch(new BatchMetrics(1, 5, 5, 10, 2.0, 1234, 1, 116));
        assertThat(viewModel.progress().etaTextProperty().get()).isEqualTo("ETA 1:56");

        viewModel.stop();
        trainer.run.end(result(RunOutcome.STOPPED, ""), RunState.FINISHED);

        assertThat(viewModel.progress().etaTextProperty().get()).isEmpty();
        assertThat(viewModel.progress().speedTextProperty().get()).isEmpty();
        assertThat(viewModel.progress().epochTextProperty().get()).isEqualTo("Epoch 1/2");
    }

    @Test
    void whileANewRunTrainsThePreviousModelIsNotOffered() {
        viewModel.specProperty().set(SPEC);
        viewModel.start();
        trainer.run.listener.onEpoch(epoch(1));
        trainer.run.end(result(RunOutcome.COMPLETED, ""), RunState.FINISHED);
        assertThat(viewModel.canUseModelProperty().get()).isTrue();

        viewModel.start();
        assertThat(viewModel.canUseModelProperty().get()).isFalse();
        viewModel.useInDraw();
        assertThat(usedInDraw).isEmpty();

        trainer.run.listener.onEpoch(epoch(1));
        trainer.run.end(result(RunOutcome.COMPLETED, ""), RunState.FINISHED);
        assertThat(viewModel.canUseModelProperty().get()).isTrue();
        viewModel.useInDraw();
        assertThat(usedInDraw).containsExactly("#2 mlp-100");
    }

    @Test
    void aFinishedRunIsListedWithItsTestFiguresAndCanBeUsedAndSaved() {
        viewModel.specProperty().set(SPEC);
        viewModel.start();
        trainer.run.listener.onEpoch(epoch(1));
        trainer.run.end(result(RunOutcome.COMPLETED, ""), RunState.FINISHED);

        RunRecord run = viewModel.lastRunProperty().get();
        assertThat(viewModel.runs()).containsExactly(run);
        assertThat(run.name()).isEqualTo("#1 mlp-100");
        assertThat(run.test()).isEqualTo(TEST);
        assertThat(run.model().metadata().test()).isEqualTo(TEST);
        assertThat(viewModel.hasModelProperty().get()).isTrue();
        assertThat(viewModel.stateProperty().get()).isEqualTo(RunState.FINISHED);

        viewModel.useInDraw();
        assertThat(usedInDraw).containsExactly("#1 mlp-100");
        viewModel.saveModel(Path.of("run1.zip")).join();
        assertThat(saved).containsExactly(Path.of("run1.zip"));
        assertThat(viewModel.statusProperty().get()).isEqualTo("Saved run1.zip");
    }

    @Test
    void aDivergedRunShowsTheDiagnosisAndLeavesNoModel() {
        viewModel.specProperty().set(SPEC);
        viewModel.start();
        String diagnosis = "The loss diverged at epoch 1, iteration 3 (it became NaN): ...";
        trainer.run.end(new TrainingResult(RunOutcome.DIVERGED, diagnosis, TrainingHistory.EMPTY, null, 0),
                RunState.FAILED);

        assertThat(viewModel.diagnosisProperty().get()).isEqualTo(diagnosis);
        assertThat(viewModel.stateProperty().get()).isEqualTo(RunState.FAILED);
        assertThat(viewModel.hasModelProperty().get()).isFalse();
        assertThat(viewModel.runs()).hasSize(1);
        assertThat(viewModel.lastRunProperty().get().test()).isNull();
    }

    @Test
    void closingDuringARunStopsItThenSavesThenCloses() {
        viewModel.specProperty().set(SPEC);
        viewModel.start();
        List<String> closed = new ArrayList<>();
        viewModel.stopAndSave(Path.of("on-close.zip"), () -> closed.add("closed"));
        assertThat(trainer.run.stopAsked).isTrue();
        assertThat(saved).isEmpty();

        trainer.run.end(result(RunOutcome.STOPPED, ""), RunState.FINISHED);
        assertThat(saved).containsExactly(Path.of("on-close.zip"));
        assertThat(closed).containsExactly("closed");
    }

    @Test
    void aSecondRunStartsAfreshAndBothAreKeptForComparison() {
        viewModel.specProperty().set(SPEC);
        viewModel.start();
        trainer.run.listener.onBatch(new BatchMetrics(1, 1, 1, 10, 2.0, 100, 1, 15));
        trainer.run.end(result(RunOutcome.COMPLETED, ""), RunState.FINISHED);
        viewModel.start();
        assertThat(viewModel.curves().trace()).isEmpty();
        assertThat(viewModel.curves().epochs()).isEmpty();
        trainer.run.end(result(RunOutcome.COMPLETED, ""), RunState.FINISHED);

        assertThat(viewModel.runs()).extracting(RunRecord::number).containsExactly(1, 2);
        assertThat(viewModel.runs().get(0).trace()).hasSize(1);
        assertThat(viewModel.runs().get(0).color()).isNotEqualTo(viewModel.runs().get(1).color());
    }

    @Test
    void trainMoreContinuesTheLastModelAndItsCurves() {
        assertThat(viewModel.canTrainMoreProperty().get()).isFalse();
        viewModel.specProperty().set(SPEC);
        viewModel.start();
        trainer.run.listener.onBatch(new BatchMetrics(1, 10, 10, 10, 1.0, 100, 1, 15));
        trainer.run.listener.onEpoch(epoch(1));
        TrainingHistory one = new TrainingHistory(List.of(epoch(1)));
        trainer.run.end(new TrainingResult(RunOutcome.COMPLETED, "", one, new FakeModel(null, one), 0),
                RunState.FINISHED);
        assertThat(viewModel.canTrainMoreProperty().get()).isTrue();

        viewModel.trainMore();

        assertThat(trainer.requests.get(1).startFrom()).isEqualTo(viewModel.runs().get(0).model());
        assertThat(viewModel.canTrainMoreProperty().get()).isFalse();
        assertThat(viewModel.curves().epochs()).containsExactly(epoch(1)); // the curves carry on
        assertThat(viewModel.curves().trace()).containsExactly(new LossPoint(1.0, 1.0));
        trainer.run.listener.onBatch(new BatchMetrics(2, 15, 5, 10, 0.5, 100, 1, 5));
        assertThat(viewModel.progress().epochTextProperty().get()).isEqualTo("Epoch 2/3");
        assertThat(viewModel.progress().fractionProperty().get()).isEqualTo(0.25); // half of the first of two more
        assertThat(viewModel.curves().trace()).extracting(LossPoint::epoch).containsExactly(1.0, 1.5);
    }

    @Test
    void trainWhileARunIsGoingOnWaitsForStop() {
        viewModel.train(SPEC);
        ArchitectureSpec next = Presets.get("cnn-3conv");
        viewModel.train(next);

        assertThat(trainer.requests).hasSize(1);
        assertThat(viewModel.specProperty().get()).isEqualTo(next);
        assertThat(viewModel.statusProperty().get()).contains("stop it").contains("cnn-3conv");
    }

    @Test
    void pinnedProbesGoWithTheRequestAndTheirProbabilitiesReachTheBoard() {
        org.digitlab.ui.state.ProbeBoard board = new org.digitlab.ui.state.ProbeBoard(DIRECT);
        var probe = board.pin(new float[SPEC.input().height() * SPEC.input().width()]);
        TrainingViewModel withProbes = new TrainingViewModel(new TrainingSession.Parts(trainer, settings -> tinySplits(),
                (model, test, dataset) -> TEST), files(), DIRECT, DIRECT, (n, m) -> { }, board);

        withProbes.train(SPEC);
        float[] tenths = new float[10];
        java.util.Arrays.fill(tenths, 0.1f);
        trainer.run.listener.onProbes(new org.digitlab.training.ProbeSnapshot(1, 10, new float[][] {tenths}));

        assertThat(trainer.requests.get(trainer.requests.size() - 1).probes().images()).hasSize(1);
        assertThat(probe.timeline()).hasSize(1);
    }

    @Test
    void aModelThatCannotBeTestedIsStillKept() {
        TrainingViewModel untestable = new TrainingViewModel(new TrainingSession.Parts(trainer, settings -> tinySplits(),
                (model, test, dataset) -> {
                    throw new IllegalStateException("no predictor");
                }), files(), DIRECT, DIRECT, (n, m) -> { });
        untestable.train(SPEC);
        trainer.run.end(result(RunOutcome.COMPLETED, ""), RunState.FINISHED);

        assertThat(untestable.lastRunProperty().get().hasModel()).isTrue();
        assertThat(untestable.lastRunProperty().get().test()).isNull();
        assertThat(untestable.diagnosisProperty().get()).isEqualTo("Testing the model failed: no predictor");
    }

    @Test
    void aDatasetThatCannotLoadEndsTheSessionWithTheReason() {
        TrainingViewModel failing = new TrainingViewModel(new TrainingSession.Parts(trainer, settings -> {
            throw new java.io.IOException("mnist is missing: run scripts/fetch-datasets.sh");
        }, (model, test, dataset) -> TEST), files(), DIRECT, DIRECT, (n, m) -> { });
        failing.specProperty().set(SPEC);
        failing.start();

        assertThat(failing.activeProperty().get()).isFalse();
        assertThat(failing.diagnosisProperty().get()).contains("mnist is missing");
        assertThat(failing.canStartProperty().get()).isTrue();
    }

    @Test
    void updatesFromTheTrainingThreadAreCoalescedIntoOneHandOff() {
        List<Runnable> queued = new ArrayList<>();
        List<RunUpdates.Update> applied = new ArrayList<>();
        RunUpdates updates = new RunUpdates(queued::add, applied::add);
        for (int i = 1; i <= 50; i++) {
            updates.onBatch(new BatchMetrics(1, i, i, 50, 1.0 / i, 100, i, 50 - i));
        }
        updates.onEpoch(epoch(1));

        assertThat(queued).hasSize(1); // one runLater for 51 events
        queued.get(0).run();
        assertThat(applied).hasSize(1);
        assertThat(applied.get(0).batches()).hasSize(50);
        assertThat(applied.get(0).epochs()).hasSize(1);
    }

    // --- fixtures

    private static EpochMetrics epoch(int n) {
        return new EpochMetrics(n, 0.5, 0.8, 0.4, 0.85, 2.0, 1500);
    }

    private static TrainingResult result(RunOutcome outcome, String diagnosis) {
        return new TrainingResult(outcome, diagnosis, new TrainingHistory(List.of(epoch(1))), new FakeModel(null, null),
                0);
    }

    private static DataSplits tinySplits() {
        ImageSet two = new ImageSet(2, 2, new byte[8], new byte[] {1, 2});
        return new DataSplits(two, null, two);
    }

    private ModelFiles files() {
        return new ModelFiles() {
            @Override
            public void save(TrainedModel model, Path file) {
                saved.add(file);
            }

            @Override
            public TrainedModel load(Path file) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private record FakeModel(ModelMetadata metadata, TrainingHistory history) implements TrainedModel {
        FakeModel {
            history = history != null ? history : TrainingHistory.EMPTY;
            metadata = metadata != null ? metadata : new ModelMetadata("test", "mnist", SPEC.input(),
                    List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), ModelMetadata.UNIT_PIXEL_SCALE, 1,
                    Instant.EPOCH, null, null);
        }

        @Override
        public ArchitectureSpec spec() {
            return SPEC;
        }

        @Override
        public TrainedModel withMetadata(ModelMetadata newMetadata) {
            return new FakeModel(newMetadata, history);
        }
    }
}
