package org.digitlab.inference;

import java.util.Objects;

/**
 * A model's answer for one image: every class's probability, and the most probable class.
 *
 * @param digit the most probable class
 * @param probabilities one probability per class, summing to 1
 */
public record Prediction(int digit, float[] probabilities) {

    public Prediction {
        Objects.requireNonNull(probabilities, "probabilities");
        if (digit < 0 || digit >= probabilities.length) {
            throw new IllegalArgumentException("class " + digit + " out of " + probabilities.length);
        }
    }

    /** The prediction whose class is the argmax of the probabilities. */
    public static Prediction of(float[] probabilities) {
        int best = 0;
        for (int c = 1; c < probabilities.length; c++) {
            if (probabilities[c] > probabilities[best]) {
                best = c;
            }
        }
        return new Prediction(best, probabilities);
    }

    /** The probability of the chosen class. */
    public float confidence() {
        return probabilities[digit];
    }
}
