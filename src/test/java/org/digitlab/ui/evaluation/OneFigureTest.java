package org.digitlab.ui.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executor;
import org.digitlab.Slow;
import org.digitlab.cli.DigitLabCli;
import org.digitlab.data.DatasetStore;
import org.digitlab.engine.Engine;
import org.digitlab.engine.dl4j.Dl4jEngine;
import org.digitlab.model.AppVersion;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.ModelFiles;
import org.digitlab.model.ModelMetadata;
import org.digitlab.model.Presets;
import org.digitlab.model.SplitKind;
import org.digitlab.model.TestFigures;
import org.digitlab.model.TrainedModel;
import org.digitlab.model.TrainingHistory;
import org.digitlab.model.dl4j.Dl4jNetworkFactory;
import org.digitlab.model.dl4j.Dl4jTrainedModel;
import org.digitlab.training.TrainingSession;
import org.digitlab.training.TrainingData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One model, one test figure: the Training view's (what a finished run shows and its model file
 * keeps), the model file's, the command line's {@code evaluate} and the Evaluation view's are the
 * same number on the same images, named the same way. Notebook 001's split (half of the published
 * test set validates) and an MSE model, whose loss is not cross-entropy, are the cases that differed.
 */
@Slow
class OneFigureTest {

    private static final Executor DIRECT = Runnable::run;
    private static final Engine ENGINE = Dl4jEngine.create();
    private static final int HELD_OUT_TEST = 5_000;

    @ParameterizedTest
    @ValueSource(strings = {"mlp-sigmoid-mse", "mlp-100"})
    void windowModelFileCommandLineAndEvaluationAgree(String preset, @TempDir Path dir) throws Exception {
        ArchitectureSpec spec = Presets.get(preset);
        spec = spec.withTraining(spec.training().withSplit(SplitKind.HOLDOUT_HALF, 0.5));
        DatasetStore store = DatasetStore.defaultStore();
        TrainedModel untrained = new Dl4jTrainedModel(Dl4jNetworkFactory.build(spec), spec, new ModelMetadata(
                AppVersion.current(), "mnist", spec.input(), List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
                ModelMetadata.UNIT_PIXEL_SCALE, 1, Instant.now(), null, null), TrainingHistory.EMPTY);

        // The Training view at the end of a run: its scorer, on the run's own test set.
        TestFigures window = TrainingSession.TestScorer.of(ENGINE.evaluator())
                .score(untrained, TrainingData.load(store, spec.training()).test(), "mnist");
        assertThat(window.examples()).isEqualTo(HELD_OUT_TEST);
        assertThat(window.describe()).endsWith("on 5,000 held-out test images");

        Path file = dir.resolve(preset + ".zip");
        ModelFiles files = ENGINE.modelFiles();
        files.save(untrained.withMetadata(untrained.metadata().withTest(window)), file);
        TrainedModel loaded = files.load(file);
        TestFigures kept = loaded.metadata().test();

        StringWriter out = new StringWriter();
        int exit = DigitLabCli.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "evaluate", "--model", file.toString(), "--json");
        assertThat(exit).isZero();
        JsonNode cli = new ObjectMapper().readTree(out.toString());

        EvaluationViewModel evaluation = new EvaluationViewModel(DIRECT, DIRECT, store, ENGINE.evaluator(), files);
        evaluation.modelProperty().set(loaded);
        EvaluationViewModel.Evaluated shown = evaluation.evaluate().join();

        assertThat(kept).isEqualTo(window);
        assertThat(cli.get("examples").asInt()).isEqualTo(HELD_OUT_TEST);
        assertThat(cli.get("accuracy").asDouble()).isEqualTo(window.accuracy());
        assertThat(cli.get("loss").asDouble()).isCloseTo(window.loss(), within(1e-12));
        assertThat(cli.get("set").asText()).isEqualTo(window.split());
        assertThat(shown.result().examples()).isEqualTo(HELD_OUT_TEST);
        assertThat(shown.result().accuracy()).isEqualTo(window.accuracy());
        assertThat(shown.result().loss()).isCloseTo(window.loss(), within(1e-12));
        assertThat(shown.describe()).isEqualTo(window.describe());
        assertThat(evaluation.statusProperty().get()).contains(window.describe());
    }
}
