package org.digitlab.ui.datasets;

import java.util.List;
import org.digitlab.inference.Prediction;
import org.digitlab.inference.Predictor;
import org.digitlab.model.TrainedModel;

/** Says "the mean pixel decides" so that tests see probabilities without loading a network. */
final class FakePredictor implements Predictor {

    static final int CLASSES = 10;

    private final int side;
    private final TrainedModel model;

    FakePredictor(int side) {
        this(side, null);
    }

    /** @param model what the predictor says it runs (its metadata names its classes), or null */
    FakePredictor(int side, TrainedModel model) {
        this.side = side;
        this.model = model;
    }

    @Override
    public TrainedModel model() {
        return model;
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
