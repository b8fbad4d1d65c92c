package org.digitlab.inference;

import java.util.List;
import java.util.Objects;

/**
 * Decides "I don't think that is a digit" from the model's own evidence in its last hidden layer:
 * how far the drawing's 3 nearest training images are, and how far it lies from the nearest
 * class's cloud of training images. A drawing stranger on either than all but a small share of
 * held-out real digits is rejected ({@link DigitCalibration}); that share is the teacher's setting.
 * The model's confidence is not used: it is as high for a letter as for a digit (a sweep of
 * rules that also rejected unconfident answers caught no more non-digits for the digits it lost).
 *
 * <p>Why both: on the drawing model, the neighbours alone, set to reject no more than 1% of drawn
 * digits, caught 65% of the tests' non-digits; both together 81% (the README's "Why?" section has
 * the sweep).
 */
public final class DigitChecker {

    /**
     * Share of held-out real digits (half of them redrawn with an even pen) accepted by default: on
     * the drawing model it rejects at most 1% of drawn digits and 80% of non-digits
     * ({@code ExplainRealModelTest}; the sweep is in the README's "Why?" section).
     */
    public static final double DEFAULT_ACCEPTED = 0.995;
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

    /** The strangeness beyond which a drawing is "not a digit" when this share of real digits is accepted. */
    public float threshold(double accepted) {
        if (!(accepted >= MIN_ACCEPTED && accepted <= MAX_ACCEPTED)) {
            throw new IllegalArgumentException("accepted share " + accepted + " outside " + MIN_ACCEPTED + ".."
                    + MAX_ACCEPTED);
        }
        return index.calibration().quantile(accepted);
    }

    /** One forward pass and one search: the answer, its nearest training images and the verdict. */
    public DigitCheck check(float[] image, double accepted) {
        Look look = explainer.look(List.of(image)).get(0);
        List<Neighbour> nearest = index.nearest(look.embedding(), NeighbourIndex.K);
        float distance = NeighbourIndex.score(nearest);
        float cloudDistance = index.cloudDistance(look.embedding());
        float strangeness = index.calibration().strangeness(distance, cloudDistance);
        return new DigitCheck(look.prediction(), nearest, distance, cloudDistance, strangeness, threshold(accepted),
                index.calibration().rarity(strangeness));
    }
}
