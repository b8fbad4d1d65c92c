package org.digitlab.inference;

import java.util.List;

/**
 * The model's answer for one image with the evidence for "is this a digit at all?": the training
 * images nearest it in the network's last hidden layer and how far they are.
 *
 * @param prediction the ten probabilities
 * @param nearest the {@link NeighbourIndex#K} nearest training images, nearest first
 * @param distance the mean distance of the first {@link NeighbourIndex#SCORED} of {@code nearest}
 *     ({@link NeighbourIndex#score})
 * @param threshold the distance above which the image is called "not a digit"
 * @param rarity the share of held-out real digits that are nearer their training images (0..1)
 */
public record DigitCheck(Prediction prediction, List<Neighbour> nearest, float distance, float threshold,
        double rarity) {

    public DigitCheck {
        nearest = List.copyOf(nearest);
    }

    /** Farther from every training digit than the threshold allows. */
    public boolean notADigit() {
        return distance > threshold;
    }
}
