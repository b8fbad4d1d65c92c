package org.digitlab.inference;

import java.util.List;

/**
 * Why a network answers what it answers: saliency maps of its input and its last hidden layer,
 * where similar images lie close together. The engine's adapter
 * ({@code inference.dl4j.Dl4jExplainer}) implements it; calls run forward (and backward) passes,
 * so make them off the FX thread. Implementations serialise callers on the network, as
 * {@link Predictor} does.
 */
public interface Explainer {

    /** Side of the square images the model takes. */
    int imageSize();

    /** Units of the last hidden layer: the length of every {@link Look#embedding()}. */
    int embeddingSize();

    /**
     * A short hash of the network's weights and layers: two models with the same key answer alike,
     * so an index computed for one serves the other (the cache's file name).
     */
    String fingerprint();

    /** The prediction and the last hidden layer for each image, in one forward pass per batch. */
    List<Look> look(List<float[]> images);

    /**
     * @param image the model's input, {@code imageSize()²} values 0..1, ink bright
     * @param target the class to explain (the top answer, or one the student picks)
     */
    SaliencyMap saliency(float[] image, int target, SaliencyKind kind);
}
