package org.digitlab.inference;

import java.util.List;
import org.digitlab.model.TrainedModel;

/**
 * Ten probabilities for a preprocessed image (values 0..1, ink bright, {@code size × size}).
 * Implementations are safe to call from any one thread at a time; they serialise callers.
 */
public interface Predictor {

    TrainedModel model();

    /** Side of the square images the model takes (28, or 56 for the uncentered lesson). */
    int imageSize();

    /**
     * @throws IllegalArgumentException when the image is not {@code imageSize()²} values
     */
    Prediction predict(float[] image);

    /** Several images in one pass through the network. */
    List<Prediction> predictAll(List<float[]> images);
}
