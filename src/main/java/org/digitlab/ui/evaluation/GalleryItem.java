package org.digitlab.ui.evaluation;

/**
 * One image of a gallery: where it is in the evaluated split and what the model made of it.
 *
 * @param index the image's index in the split
 * @param actual its true class
 * @param predicted the class the model chose
 * @param probabilities the model's probability for every class
 */
public record GalleryItem(int index, int actual, int predicted, float[] probabilities) {

    /** How sure the model was of its answer (of the wrong answer, for a mistake). */
    public double confidence() {
        return probabilities[predicted];
    }

    public boolean correct() {
        return actual == predicted;
    }
}
