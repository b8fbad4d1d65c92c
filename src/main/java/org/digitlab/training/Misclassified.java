package org.digitlab.training;

/**
 * One example the model got wrong.
 *
 * @param index index of the example in its split
 * @param actual true class
 * @param predicted class the model chose
 * @param probabilities the model's probabilities for every class
 */
public record Misclassified(int index, int actual, int predicted, float[] probabilities) {

    /** How sure the model was of its wrong answer. */
    public double confidence() {
        return probabilities[predicted];
    }
}
