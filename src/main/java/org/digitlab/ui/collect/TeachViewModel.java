package org.digitlab.ui.collect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.digitlab.data.DatasetCatalog;
import org.digitlab.data.DatasetStore;
import org.digitlab.data.ImageSet;
import org.digitlab.data.TrainTest;
import org.digitlab.data.collected.CollectedSet;
import org.digitlab.model.TrainedModel;
import org.digitlab.training.BatchMetrics;
import org.digitlab.training.FineTuning;
import org.digitlab.training.TrainingListener;
import org.digitlab.ui.common.ErrorMessages;

/**
 * "Train more on our handwriting": fine-tunes a model on MNIST mixed with a collected set (see
 * {@link FineTuning}) on the background executor and shows the before and after figures on MNIST's
 * test set, the whole set and its held-out drawings. The new model is the view's to use or save;
 * the model it started from is left as it was.
 */
public final class TeachViewModel {

    private final Executor background;
    private final Executor fx;
    private final DatasetStore datasets;
    private final FineTuning fineTuning;
    private final FineTuning.Settings settings;

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<FineTuning.Report> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final BooleanBinding hasModel = report.isNotNull();

    public TeachViewModel(Executor background, Executor fx, DatasetStore datasets, FineTuning fineTuning,
            FineTuning.Settings settings) {
        this.background = Objects.requireNonNull(background, "background");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.datasets = Objects.requireNonNull(datasets, "datasets");
        this.fineTuning = Objects.requireNonNull(fineTuning, "fineTuning");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0..1 through the run's batches. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The figures and the new model, once a run ended. */
    public ReadOnlyObjectProperty<FineTuning.Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public BooleanBinding hasModelProperty() {
        return hasModel;
    }

    public FineTuning.Settings settings() {
        return settings;
    }

    /** Fine-tunes {@code model} on MNIST and the set {@code setId}; completes on the FX thread. */
    public CompletableFuture<FineTuning.Report> start(TrainedModel model, String setId) {
        if (running.get() || model == null || setId == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("nothing to teach"));
        }
        running.set(true);
        progress.set(0);
        report.set(null);
        status.set("Measuring " + model.spec().id() + ", then teaching it…");
        TrainingListener listener = new TrainingListener() {
            @Override
            public void onBatch(BatchMetrics batch) {
                double done = ((batch.epoch() - 1 - model.history().lastEpoch()) * (double) batch.batchesPerEpoch()
                        + batch.batchInEpoch()) / (settings.epochs() * (double) batch.batchesPerEpoch());
                fx.execute(() -> progress.set(Math.max(0, Math.min(1, done))));
            }
        };
        CompletableFuture<FineTuning.Report> done = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> {
            try {
                ImageSet drawn = datasets.collected().load(setId).images();
                TrainTest mnist = datasets.load(DatasetCatalog.MNIST);
                return fineTuning.run(model, mnist.train(), mnist.test(), drawn, settings, listener);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, background).whenCompleteAsync((result, error) -> {
            running.set(false);
            if (error != null) {
                status.set("Teaching failed: " + ErrorMessages.of(error));
                done.completeExceptionally(error);
                return;
            }
            progress.set(1);
            report.set(result);
            status.set(describe(result));
            done.complete(result);
        }, fx);
        return done;
    }

    /** "Held-out drawings: 70% → 90%; MNIST test: 99.1% → 99.0%". */
    static String describe(FineTuning.Report r) {
        return String.format(Locale.ROOT, "Taught on %d drawings, %d held out. Held-out drawings: %s → %s;"
                        + " MNIST test: %.1f%% → %.1f%%", r.taught(), r.heldOut(), percent(r.before().heldOut()),
                percent(r.after().heldOut()), 100 * r.before().mnistTest(), 100 * r.after().mnistTest());
    }

    static String percent(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * value);
    }

    /** The name a taught model gets in the model picker: "cnn-3conv + Our class". */
    public static String taughtName(TrainedModel model, String setName) {
        return model.spec().id() + " + " + (setName == null ? CollectedSet.ID_PREFIX : setName);
    }
}
