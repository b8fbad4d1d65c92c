package org.digitlab.ui.datasets;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.digitlab.data.ImageSet;
import org.digitlab.inference.Predictor;

/**
 * The current model's probabilities for the selected dataset image, computed in the background;
 * an answer for a selection that has since changed is dropped. Part of {@link DatasetsViewModel}.
 */
final class SelectionPredictor {

    private final Executor background;
    private final Executor fx;
    private final ReadOnlyObjectWrapper<float[]> probabilities = new ReadOnlyObjectWrapper<>(this, "probabilities");
    private long generation;

    SelectionPredictor(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
    }

    ReadOnlyObjectProperty<float[]> probabilitiesProperty() {
        return probabilities.getReadOnlyProperty();
    }

    /**
     * Dataset images are already MNIST-style, so they go to the model as they are, scaled to
     * 0..1; a model for another image size gets nothing.
     */
    void update(Predictor model, ImageSet set, int index) {
        long mine = ++generation;
        probabilities.set(null);
        if (model == null || set == null || index < 0 || index >= set.size()
                || set.rows() != set.cols() || model.imageSize() != set.rows()) {
            return;
        }
        float[] input = Pixels.scaled(set.copyImage(index));
        CompletableFuture.supplyAsync(() -> model.predict(input).probabilities(), background)
                .thenAcceptAsync(result -> {
                    if (mine == generation) {
                        probabilities.set(result);
                    }
                }, fx);
    }
}
