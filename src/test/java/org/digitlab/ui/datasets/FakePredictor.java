package org.digitlab.ui.datasets;

import java.util.List;
import org.digitlab.inference.Prediction;
import org.digitlab.inference.Predictor;
import org.digitlab.model.TrainedModel;

/** Says "the mean pixel decides" so that tests see probabilities without loading a network. */
final class FakePredictor implements Predictor {

    static final int CLASSES = 10;

    private final int side;

    FakePredictor(int side) {
        this.side = side;
    }

    @Override
    public TrainedModel model() {
        return null;
    }

    @Override
    public int imageSize() {
        return side;
    }

    @Override
    public Prediction predict(float[] image) {
        if (image.length != side * side) {
            throw new IllegalArgumentException("expected " + side * side + " values, got " + image.length);
        }
        float[] probabilities = new float[CLASSES];
        java.util.Arrays.fill(probabilities, 1f / CLASSES);
        return Prediction.of(probabilities);
    }

    @Override
    public List<Prediction> predictAll(List<float[]> images) {
        return images.stream().map(this::predict).toList();
    }
}
