package org.digitlab.inference;

import java.util.List;
import java.util.Objects;

/**
 * Decides "I don't think that is a digit" from the model's own evidence: a drawing whose 3 nearest
 * training images (in the last hidden layer) are farther than those of all but a small share of
 * held-out real digits is rejected. The share of real digits accepted is the teacher's setting.
 * The model's confidence is not used: it is as high for a letter as for a digit (a sweep of
 * rules that also rejected unconfident answers caught no more non-digits for the digits it lost).
 */
public final class DigitChecker {

    /**
     * Share of held-out real digits accepted by default. Measured with {@code cnn-3conv}
     * ({@code ExplainRealModelTest}): 0.99 rejects 85% of letters, shapes, scribbles and numbers,
     * 0.17% of drawn digits and 0.7% of MNIST test digits; 0.985 87%, 0.33% and 1.0%.
     */
    public static final double DEFAULT_ACCEPTED = 0.99;
    /** The teacher's range: from lenient (every calibration digit) to strict (nine in ten). */
    public static final double MIN_ACCEPTED = 0.90;
    public static final double MAX_ACCEPTED = 1.0;

    private final Explainer explainer;
    private final NeighbourIndex index;

    public DigitChecker(Explainer explainer, NeighbourIndex index) {
        this.explainer = Objects.requireNonNull(explainer, "explainer");
        this.index = Objects.requireNonNull(index, "index");
        if (index.dims() != explainer.embeddingSize()) {
            throw new IllegalArgumentException("index of " + index.dims() + " units for a layer of "
                    + explainer.embeddingSize());
        }
    }

    public Explainer explainer() {
        return explainer;
    }

    public NeighbourIndex index() {
        return index;
    }

    /** The distance beyond which a drawing is "not a digit" when this share of real digits is accepted. */
    public float threshold(double accepted) {
        if (!(accepted >= MIN_ACCEPTED && accepted <= MAX_ACCEPTED)) {
            throw new IllegalArgumentException("accepted share " + accepted + " outside " + MIN_ACCEPTED + ".."
                    + MAX_ACCEPTED);
        }
        return index.quantile(accepted);
    }

    /** One forward pass and one search: the answer, its nearest training images and the verdict. */
    public DigitCheck check(float[] image, double accepted) {
        Look look = explainer.look(List.of(image)).get(0);
        List<Neighbour> nearest = index.nearest(look.embedding(), NeighbourIndex.K);
        float distance = NeighbourIndex.score(nearest);
        return new DigitCheck(look.prediction(), nearest, distance, threshold(accepted), index.rarity(distance));
    }
}
