package org.digitlab.ui.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TabPane;
import javafx.util.Duration;
import org.digitlab.data.DatasetCatalog;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.Presets;
import org.digitlab.ui.draw.DrawViewModel;
import org.digitlab.ui.evaluation.EvaluationViewModel;
import org.digitlab.ui.shell.MainView;
import org.digitlab.ui.training.TrainingViewModel;

/**
 * A test hook, not a feature: with {@code -Ddigitlab.lesson=FILE} the app walks itself through a
 * lesson as a teacher would give it (draw, browse the three datasets, train {@code mlp-100} and
 * {@code cnn-3conv} on 10,000 images, use the model, evaluate it, export a run report), through
 * the real views and view-models, and appends a line "PHASE MILLIS" to FILE as each phase begins,
 * then closes the app; lines starting with "#" are notes within a phase (a run's status).
 * {@code scripts/measure-memory.sh} samples the process's resident memory meanwhile and files each
 * sample under the phase named last. Each phase holds a few seconds once
 * its work is done, so the samples show what stays as well as what peaks.
 * {@code digitlab.lesson.epochs} (default 3) sets the epochs of each run.
 */
final class LessonDriver {

    static final String LESSON_OUT = "digitlab.lesson";
    static final String EPOCHS = "digitlab.lesson.epochs";

    /** Training images an epoch, as a teacher picks "first 10,000" for a quick run. */
    private static final int LIMIT = 10_000;
    private static final double HOLD_SECONDS = 4;
    /** After a run, long enough to see whether memory comes back down. */
    private static final double SETTLE_SECONDS = 12;
    private static final Duration POLL = Duration.millis(100);
    private static final int DRAW_TAB = 0;
    private static final int DATASETS_TAB = 1;
    private static final int TRAINING_TAB = 3;
    private static final int EVALUATION_TAB = 4;

    private final Path out;
    private final int epochs;
    private final MainView main;

    private LessonDriver(Path out, int epochs, MainView main) {
        this.out = out;
        this.epochs = epochs;
        this.main = main;
    }

    static Optional<LessonDriver> fromSystemProperties(MainView main) {
        String file = System.getProperty(LESSON_OUT);
        if (file == null || file.isBlank()) {
            return Optional.empty();
        }
        int epochs = Integer.parseInt(System.getProperty(EPOCHS, "3").strip());
        return Optional.of(new LessonDriver(Path.of(file), epochs, main));
    }

    /** Starts the lesson once the window shows and the first model is ready. */
    void begin() {
        mark("launch");
        Platform.runLater(this::noteRuns);
        Platform.runLater(() -> until(() -> main.context().models().getPredictor() != null)
                .thenCompose(ready -> hold(HOLD_SECONDS))
                .thenCompose(held -> phase("draw", this::draw, HOLD_SECONDS))
                .thenCompose(done -> phase("datasets", this::browse, HOLD_SECONDS))
                .thenCompose(done -> phase("train-mlp-100", () -> train("mlp-100"), 0))
                .thenCompose(done -> phase("after-mlp-100", this::settle, SETTLE_SECONDS))
                .thenCompose(done -> phase("train-cnn-3conv", () -> train("cnn-3conv"), 0))
                .thenCompose(done -> phase("after-cnn-3conv", this::useTrainedModel, SETTLE_SECONDS))
                .thenCompose(done -> phase("evaluation", this::evaluate, HOLD_SECONDS))
                .thenCompose(done -> phase("export", this::export, HOLD_SECONDS))
                .whenComplete((done, error) -> {
                    mark(error == null ? "end" : "failed " + error);
                    Platform.exit();
                }));
    }

    private CompletableFuture<Void> phase(String name, Supplier<CompletableFuture<?>> work, double holdSeconds) {
        mark(name);
        return work.get().thenCompose(done -> hold(holdSeconds));
    }

    /** A "7" in one stroke, as a mouse would draw it, then the model's answer. */
    private CompletableFuture<?> draw() {
        select(DRAW_TAB);
        DrawViewModel draw = main.draw().viewModel();
        draw.clear();
        double size = DrawViewModel.SIZE;
        draw.beginStroke(size * 0.25, size * 0.2);
        for (double t = 0.3; t <= 0.76; t += 0.05) {
            draw.extendStroke(size * t, size * 0.2);
        }
        for (double t = 0.25; t <= 0.86; t += 0.05) {
            draw.extendStroke(size * (0.75 - (t - 0.2) * 0.4), size * t);
        }
        return until(() -> draw.predictionProperty().get() != null);
    }

    /** Each dataset in turn, as the Datasets view's own choice box picks it, until its grid shows. */
    private CompletableFuture<?> browse() {
        select(DATASETS_TAB);
        CompletableFuture<?> chain = CompletableFuture.completedFuture(null);
        for (String id : List.of(DatasetCatalog.MNIST, "fashion-mnist", "mnist-uncentered-56")) {
            chain = chain.thenCompose(previous -> show(id)).thenCompose(shown -> hold(1));
        }
        return chain;
    }

    @SuppressWarnings("unchecked")
    private CompletableFuture<?> show(String datasetId) {
        // Ids are unique per view, not per window (the Architecture view has a dataset choice too).
        Node view = sections().getTabs().get(DATASETS_TAB).getContent();
        ChoiceBox<Object> choice = (ChoiceBox<Object>) view.lookup("#datasetChoice");
        choice.setValue(DatasetCatalog.get(datasetId));
        Node loading = view.lookup("#loadingPane");
        return hold(0.3).thenCompose(started -> until(() -> !loading.isVisible()));
    }

    private CompletableFuture<?> train(String presetId) {
        select(TRAINING_TAB);
        TrainingViewModel training = main.trainingView().viewModel();
        ArchitectureSpec preset = Presets.get(presetId);
        training.limitProperty().set(LIMIT);
        main.trainingView().train(preset.withTraining(preset.training().withEpochs(epochs)));
        return until(training.activeProperty()::get)
                .thenCompose(started -> until(() -> !training.activeProperty().get()));
    }

    /** A run's status changes as notes, to tell its epochs from its testing in the samples. */
    private void noteRuns() {
        TrainingViewModel training = main.trainingView().viewModel();
        training.statusProperty().addListener((obs, old, status) -> mark("# " + status.replace(' ', '_')));
        training.curves().epochs().addListener((ListChangeListener<Object>) change ->
                mark("# epochs " + training.curves().epochs().size()));
    }

    private CompletableFuture<?> settle() {
        return CompletableFuture.completedFuture(null);
    }

    /** "Use in Draw": the run's model becomes the current one, which Evaluation then measures. */
    private CompletableFuture<?> useTrainedModel() {
        TrainingViewModel training = main.trainingView().viewModel();
        training.useInDraw();
        var wanted = training.lastRunProperty().get().model();
        return until(() -> main.context().models().getPredictor() != null
                && main.context().models().getPredictor().model() == wanted);
    }

    private CompletableFuture<?> evaluate() {
        select(EVALUATION_TAB);
        EvaluationViewModel evaluation = main.evaluation().viewModel();
        return until(evaluation.canEvaluateProperty()::get).thenCompose(ready -> evaluation.evaluate())
                .thenAccept(done -> evaluation.gallery().showMistakes());
    }

    private CompletableFuture<?> export() {
        try {
            Path dir = Files.createTempDirectory("digitlab-lesson-");
            return main.evaluation().exportReportTo(dir.resolve("report"))
                    .thenCompose(report -> main.evaluation().viewModel()
                            .exportPredictions(dir.resolve("predictions.csv")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void select(int tab) {
        sections().getSelectionModel().select(tab);
    }

    private TabPane sections() {
        return (TabPane) main.root().lookup(".sections");
    }

    /** Completes on the FX thread once {@code condition} holds, checked every 100 ms. */
    private static CompletableFuture<Void> until(BooleanSupplier condition) {
        CompletableFuture<Void> met = new CompletableFuture<>();
        PauseTransition poll = new PauseTransition(POLL);
        poll.setOnFinished(event -> {
            if (condition.getAsBoolean()) {
                met.complete(null);
            } else {
                poll.playFromStart();
            }
        });
        poll.play();
        return met;
    }

    private static CompletableFuture<Void> hold(double seconds) {
        if (seconds <= 0) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> held = new CompletableFuture<>();
        PauseTransition pause = new PauseTransition(Duration.seconds(seconds));
        pause.setOnFinished(event -> held.complete(null));
        pause.play();
        return held;
    }

    private void mark(String phase) {
        try {
            Files.writeString(out, phase + " " + System.currentTimeMillis() + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }
}
