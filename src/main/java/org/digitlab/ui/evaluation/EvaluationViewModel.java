package org.digitlab.ui.evaluation;

import org.digitlab.training.GroupFigures;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.digitlab.data.DatasetStore;
import org.digitlab.data.ImageSet;
import org.digitlab.model.ModelFiles;
import org.digitlab.model.TrainedModel;
import org.digitlab.training.EvaluationResult;
import org.digitlab.training.Evaluator;
import org.digitlab.training.PredictionsCsv;
import org.digitlab.ui.common.ErrorMessages;
import org.digitlab.data.DatasetSplit;

/**
 * The Evaluation view's state: which model on which split, the figures once evaluated, and the
 * exports. Evaluation, the dataset's loading and every export run on the background executor;
 * results come back on the {@code fx} executor. Which of the evaluated images the gallery lists
 * (one confusion-matrix cell, or every mistake, most confident first) is {@link #gallery()}.
 */
public final class EvaluationViewModel {

    /**
     * The figures and the images they were computed on.
     *
     * @param setName what the images are, as every figure names them ("held-out test")
     */
    public record Evaluated(TrainedModel model, String datasetId, DatasetSplit split, String setName,
            ImageSet images, EvaluationResult result, List<GroupFigures> writers) {

        public Evaluated(TrainedModel model, String datasetId, DatasetSplit split, String setName, ImageSet images,
                EvaluationResult result) {
            this(model, datasetId, split, setName, images, result, List.of());
        }

        /** "95.76% on 5,000 held-out test images", as the status bar says it. */
        public String describe() {
            return result.figures(datasetId, setName).describe();
        }
    }

    private final Executor background;
    private final Executor fx;
    private final EvaluationSets sets;
    private final Evaluator evaluator;
    private final ModelFiles modelFiles;
    private final BackgroundWrites writes;

    private final ObjectProperty<TrainedModel> model = new SimpleObjectProperty<>(this, "model");
    private final ObjectProperty<DatasetSplit> split = new SimpleObjectProperty<>(this, "split", DatasetSplit.TEST);
    private final ObjectProperty<String> drawnSet = new SimpleObjectProperty<>(this, "drawnSet");
    private final ReadOnlyObjectWrapper<Evaluated> evaluated = new ReadOnlyObjectWrapper<>(this, "evaluated");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final Gallery gallery = new Gallery(evaluated.getReadOnlyProperty());
    private final BooleanBinding canEvaluate = model.isNotNull().and(running.not());
    private final BooleanBinding hasResult = evaluated.isNotNull();
    private long generation;

    public EvaluationViewModel(Executor background, Executor fx, DatasetStore datasets, Evaluator evaluator,
            ModelFiles modelFiles) {
        this.background = background;
        this.fx = fx;
        this.writes = new BackgroundWrites(background, fx, status::set);
        this.sets = new EvaluationSets(datasets);
        this.evaluator = evaluator;
        this.modelFiles = modelFiles;
        model.addListener((obs, old, now) -> forget());
        split.addListener((obs, old, now) -> forget());
        drawnSet.addListener((obs, old, now) -> forget());
    }

    // --- properties

    /** The model to evaluate; bound to the app's current model. */
    public ObjectProperty<TrainedModel> modelProperty() {
        return model;
    }

    public ObjectProperty<DatasetSplit> splitProperty() {
        return split;
    }

    /**
     * A set of digits drawn in Digit Lab to test on instead of the model's own dataset (its id), or
     * null for the model's dataset. A drawn set is tested whole, with each writer's accuracy.
     */
    public ObjectProperty<String> drawnSetProperty() {
        return drawnSet;
    }

    /** The latest figures, or null before an evaluation (or after the model or split changed). */
    public ReadOnlyObjectProperty<Evaluated> evaluatedProperty() {
        return evaluated.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What is going on, or what went wrong, in a sentence. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The images of one cell or the mistakes of the latest figures, and the one picked among them. */
    public Gallery gallery() {
        return gallery;
    }

    public BooleanBinding canEvaluateProperty() {
        return canEvaluate;
    }

    public BooleanBinding hasResultProperty() {
        return hasResult;
    }

    // --- commands

    /** Evaluates the model on the split in the background. */
    public CompletableFuture<Evaluated> evaluate() {
        TrainedModel target = model.get();
        DatasetSplit chosen = split.get();
        if (target == null || running.get()) {
            return CompletableFuture.failedFuture(new IllegalStateException("nothing to evaluate"));
        }
        long mine = ++generation;
        running.set(true);
        String drawn = drawnSet.get();
        String datasetId = drawn != null ? drawn : EvaluationSets.datasetId(target);
        String setName = drawn != null ? EvaluationSets.DRAWN : EvaluationSets.name(target, chosen);
        status.set("Evaluating " + target.spec().id() + " on the " + setName + " images of " + datasetId + "…");
        CompletableFuture<Evaluated> done = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> {
            if (drawn != null) {
                EvaluationSets.Drawn set = sets.drawn(drawn);
                EvaluationResult result = evaluator.evaluate(target, set.images());
                return new Evaluated(target, datasetId, DatasetSplit.TEST, setName, set.images(), result,
                        GroupFigures.of(result.predictions(), set.writers()));
            }
            ImageSet images = sets.images(target, chosen);
            return new Evaluated(target, datasetId, chosen, setName, images, evaluator.evaluate(target, images));
        }, background).whenCompleteAsync((result, error) -> {
            running.set(false);
            if (mine != generation) {
                done.cancel(false);
                return;
            }
            if (error != null) {
                status.set("Evaluation failed: " + ErrorMessages.of(error));
                done.completeExceptionally(error);
                return;
            }
            show(result);
            done.complete(result);
        }, fx);
        return done;
    }

    /** Writes the predictions as CSV ({@code Actual,Predictions,P0..P9}) in the background. */
    public CompletableFuture<Path> exportPredictions(Path file) {
        Evaluated current = evaluated.get();
        return export("predictions", () -> {
            PredictionsCsv.write(current.result().predictions(), file);
            return file;
        });
    }

    /** Writes one chart as PNG in the background. */
    public CompletableFuture<Path> exportPicture(Picture picture, Path file) {
        return export("picture", () -> {
            PngFiles.write(picture, file);
            return file;
        });
    }

    /**
     * Writes the run report into a folder in the background.
     *
     * @param charts the charts as pictures, by file name without extension
     * @return the files written
     */
    public CompletableFuture<List<Path>> exportReport(Path dir, Map<String, Picture> charts) {
        Evaluated current = evaluated.get();
        return export("report", () -> RunReport.write(dir, new RunReport.Contents(current.model(),
                current.result(), current.datasetId(), current.setName()), charts, modelFiles));
    }

    // --- internals

    private <T> CompletableFuture<T> export(String what, BackgroundWrites.Io<T> io) {
        if (evaluated.get() == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("evaluate a model first"));
        }
        return writes.write(what, io);
    }

    private void show(Evaluated result) {
        evaluated.set(result);
        status.set(String.format(Locale.ROOT, "%s on %s: accuracy %s, loss %.4f%s",
                result.model().spec().id(), result.datasetId(), result.describe(), result.result().loss(),
                result.writers().isEmpty() ? "" : ". By writer: " + GroupFigures.describe(result.writers())));
        gallery.showMistakes();
    }

    private void forget() {
        generation++;
        evaluated.set(null);
        gallery.clear();
        status.set(model.get() == null ? "Waiting for a model…" : "Press Evaluate to test "
                + model.get().spec().id() + " on " + (drawnSet.get() != null ? "the drawn digits of " + drawnSet.get()
                : "the " + EvaluationSets.name(model.get(), split.get()) + " images") + ".");
    }
}
