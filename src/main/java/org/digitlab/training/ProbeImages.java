package org.digitlab.training;

import java.util.List;
import java.util.Objects;

/**
 * Images whose probabilities a training run records as it goes ("probe digits"): a class watches
 * the network learn its own drawings.
 *
 * @param images model inputs (values 0..1, ink bright, {@code height × width} of the spec's input)
 * @param everyBatches the run reports the probes' probabilities after every this many batches
 */
public record ProbeImages(List<float[]> images, int everyBatches) {

    /** No probes: the run reports none. */
    public static final ProbeImages NONE = new ProbeImages(List.of(), 1);

    public ProbeImages {
        images = List.copyOf(Objects.requireNonNull(images, "images"));
        if (everyBatches < 1) {
            throw new IllegalArgumentException("everyBatches must be at least 1, was " + everyBatches);
        }
    }

    public boolean isEmpty() {
        return images.isEmpty();
    }
}
