package org.digitlab.ui.datasets;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.digitlab.data.ImageSet;
import org.digitlab.inference.Predictor;
import org.digitlab.model.ClassFit;

/**
 * The current model's probabilities for the selected dataset image, computed in the background;
 * an answer for a selection that has since changed is dropped. Part of {@link DatasetsViewModel}.
 */
final class SelectionPredictor {

    private final Executor background;
    private final Executor fx;
    private final ReadOnlyObjectWrapper<float[]> probabilities = new ReadOnlyObjectWrapper<>(this, "probabilities");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private long generation;

    SelectionPredictor(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
    }

    ReadOnlyObjectProperty<float[]> probabilitiesProperty() {
        return probabilities.getReadOnlyProperty();
    }

    /** Why there are no probabilities (no model, another image size, other classes), or empty. */
    ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /**
     * Dataset images are already MNIST-style, so they go to the model as they are, scaled to
     * 0..1; a model for another image size, or of other classes, gets nothing.
     */
    void update(Predictor model, ShownImages shown, int index) {
        long mine = ++generation;
        probabilities.set(null);
        note.set(whyNone(model, shown));
        ImageSet set = shown == null ? null : shown.images();
        if (!note.get().isEmpty() || set == null || index < 0 || index >= set.size()) {
            return;
        }
        float[] input = Pixels.scaled(set.copyImage(index));
        CompletableFuture.supplyAsync(() -> model.predict(input).probabilities(), background)
                .thenAcceptAsync(result -> {
                    if (mine == generation) {
                        note.set("");
                        probabilities.set(result);
                    }
                }, fx);
    }

    private static String whyNone(Predictor model, ShownImages shown) {
        if (model == null) {
            return "No model loaded (choose one in Draw or with Ctrl+O).";
        }
        if (shown == null) {
            return "";
        }
        ImageSet set = shown.images();
        if (set.rows() != set.cols() || model.imageSize() != set.rows()) {
            return "The current model takes " + model.imageSize() + "×" + model.imageSize() + " images.";
        }
        // A fake or half-made model without metadata is taken at its word.
        return model.model() == null ? "" : ClassFit.mismatch(model.model().metadata(), shown.dataset()).orElse("");
    }
}
