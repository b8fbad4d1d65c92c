package org.digitlab.inference;

import java.util.List;

/**
 * The model's answer for one image with the evidence for "is this a digit at all?": the training
 * images nearest it in the network's last hidden layer and how far they are, and how far it lies
 * from the nearest class's cloud.
 *
 * @param prediction the ten probabilities
 * @param nearest the {@link NeighbourIndex#K} nearest training images, nearest first
 * @param distance the mean distance of the first {@link NeighbourIndex#SCORED} of {@code nearest}
 *     ({@link NeighbourIndex#score})
 * @param cloudDistance the distance to the nearest class's cloud ({@link ClassClouds}), NaN without clouds
 * @param strangeness 0..1, the larger share of held-out real digits less strange on either distance
 * @param threshold the strangeness above which the image is called "not a digit"
 * @param rarity the share of held-out real digits less strange than this image (0..1)
 */
public record DigitCheck(Prediction prediction, List<Neighbour> nearest, float distance, float cloudDistance,
        float strangeness, float threshold, double rarity) {

    public DigitCheck {
        nearest = List.copyOf(nearest);
    }

    /** Stranger than the threshold allows. */
    public boolean notADigit() {
        return strangeness > threshold;
    }
}
