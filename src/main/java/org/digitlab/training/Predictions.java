package org.digitlab.training;

import java.util.Objects;

/**
 * A model's class probabilities for every example of a set, with the true labels.
 *
 * @param actual true class of each example
 * @param probabilities per example, one probability per class
 */
public record Predictions(int[] actual, float[][] probabilities) {

    public Predictions {
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(probabilities, "probabilities");
        if (actual.length != probabilities.length) {
            throw new IllegalArgumentException(
                    actual.length + " labels but " + probabilities.length + " predictions");
        }
    }

    public int size() {
        return actual.length;
    }

    public int numClasses() {
        return probabilities.length == 0 ? 0 : probabilities[0].length;
    }

    /** The most probable class of example {@code i} (the first one on ties, as argmax does). */
    public int predicted(int i) {
        float[] p = probabilities[i];
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }
}
