package org.digitlab.ui.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.digitlab.data.CancellationToken;
import org.digitlab.data.DatasetStore;
import org.digitlab.data.ImageSet;
import org.digitlab.model.ModelFiles;
import org.digitlab.model.TrainedModel;
import org.digitlab.training.Distortion;
import org.digitlab.training.Evaluator;
import org.digitlab.training.RobustnessSweep;
import org.digitlab.training.SweepCurve;
import org.digitlab.training.SweepImages;
import org.digitlab.ui.common.ErrorMessages;
import org.digitlab.ui.state.ModelEntry;

/**
 * The robustness sweep's state: the chosen models' curves, which distortion the chart shows, the
 * progress of a sweep running on the background executor, and Cancel. Progress and results reach
 * the {@code fx} executor, one hand-off per evaluation (a few dozen a sweep). Commands come from
 * the FX thread.
 */
public final class RobustnessViewModel {

    private final Executor background;
    private final Executor fx;
    private final DatasetStore datasets;
    private final Evaluator evaluator;
    private final ModelFiles modelFiles;

    private final ObservableList<SweepCurve> curves = FXCollections.observableArrayList();
    private final ObjectProperty<Distortion> shown = new SimpleObjectProperty<>(this, "shown", Distortion.SHIFT);
    private final IntegerProperty limit = new SimpleIntegerProperty(this, "limit", SweepImages.DEFAULT_LIMIT);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status",
            "Tick models and press Run: each is tested on digits shifted, rotated, scaled, thickened and noisy.");
    private final BooleanBinding canCancel = Bindings.createBooleanBinding(running::get, running);
    private CancellationToken cancel = CancellationToken.none();

    public RobustnessViewModel(Executor background, Executor fx, DatasetStore datasets, Evaluator evaluator,
            ModelFiles modelFiles) {
        this.background = background;
        this.fx = fx;
        this.datasets = datasets;
        this.evaluator = evaluator;
        this.modelFiles = modelFiles;
    }

    // --- properties

    /** One curve per model of the last finished sweep, in the order chosen. */
    public ObservableList<SweepCurve> curves() {
        return curves;
    }

    /** The distortion the chart shows. */
    public ObjectProperty<Distortion> shownProperty() {
        return shown;
    }

    /** How many test images a sweep uses (the first of the test set). */
    public IntegerProperty limitProperty() {
        return limit;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0..1 while a sweep runs. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What is going on, the figures, or what went wrong, in a sentence. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanBinding canCancelProperty() {
        return canCancel;
    }

    // --- commands

    /** Sweeps the chosen models in the background; the future ends when the curves are shown. */
    public CompletableFuture<List<SweepCurve>> run(List<ModelEntry> chosen) {
        if (running.get() || chosen.isEmpty()) {
            if (chosen.isEmpty()) {
                status.set("Tick at least one model to sweep.");
            }
            return CompletableFuture.failedFuture(new IllegalStateException("nothing to sweep"));
        }
        CancellationToken mine = new CancellationToken();
        cancel = mine;
        running.set(true);
        progress.set(0);
        int images = limit.get();
        status.set("Loading the models and " + images + " test images…");
        CompletableFuture<List<SweepCurve>> done = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> sweep(chosen, images, mine), background)
                .whenCompleteAsync((result, error) -> finish(result, error, done), fx);
        return done;
    }

    /** Stops the sweep at its next evaluation; the curves of the last finished sweep stay. */
    public void cancel() {
        cancel.cancel();
        status.set("Cancelling after this step…");
    }

    /**
     * "cnn-3conv: 74.7% over the sweep (98.7% plain); under 50% from a shift of 6.5 px": the one
     * number, the plain accuracy, and where a moved digit is lost.
     */
    public static String describe(SweepCurve curve) {
        double plain = curve.accuracyAt(Distortion.SHIFT, 0);
        var fails = curve.failsAt(Distortion.SHIFT);
        return String.format(Locale.ROOT, "%s: %.1f%% over the sweep (%.1f%% undistorted); %s", curve.model(),
                100 * curve.meanAccuracy(), 100 * plain, fails.isPresent()
                        ? String.format(Locale.ROOT, "under 50%% from a shift of %.1f px", fails.getAsDouble())
                        : "above 50% at every shift up to 10 px");
    }

    // --- internals

    private List<SweepCurve> sweep(List<ModelEntry> chosen, int images, CancellationToken token) {
        List<RobustnessSweep.Subject> subjects = new ArrayList<>();
        try {
            for (ModelEntry entry : chosen) {
                TrainedModel model = entry.loaded() != null ? entry.loaded() : modelFiles.load(entry.file());
                subjects.add(new RobustnessSweep.Subject(entry.name(), model));
            }
            ImageSet set = SweepImages.load(datasets, subjects.stream().map(RobustnessSweep.Subject::model).toList(),
                    subjects.stream().map(RobustnessSweep.Subject::name).toList(), images);
            return RobustnessSweep.run(evaluator, subjects, set, List.of(Distortion.values()),
                    (stage, done, total) -> fx.execute(() -> report(stage, done, total, token)), token);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void report(String stage, long done, long total, CancellationToken token) {
        if (token == cancel && !token.isCancelled()) {
            progress.set((double) done / total);
            status.set(String.format(Locale.ROOT, "Sweeping: %s (%d of %d)…", stage, done, total));
        }
    }

    /** The curves and the status first: whoever watches {@code running} sees the sweep's outcome with it. */
    private void finish(List<SweepCurve> result, Throwable error, CompletableFuture<List<SweepCurve>> done) {
        progress.set(0);
        if (error != null) {
            Throwable cause = ErrorMessages.rootCause(error);
            status.set(cause instanceof CancellationException ? "Cancelled; the chart keeps the last finished sweep."
                    : "The sweep failed: " + ErrorMessages.of(error));
            running.set(false);
            done.completeExceptionally(cause);
            return;
        }
        curves.setAll(result);
        status.set(String.format(Locale.ROOT, "Swept %d %s on %,d test images.", result.size(),
                result.size() == 1 ? "model" : "models", result.get(0).examples()));
        running.set(false);
        done.complete(result);
    }
}
