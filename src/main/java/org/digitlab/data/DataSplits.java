package org.digitlab.data;

import java.util.Objects;

/**
 * The sets a training run uses.
 *
 * @param validation {@code null} when the split has no validation set
 */
public record DataSplits(ImageSet train, ImageSet validation, ImageSet test) {

    public DataSplits {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
    }

    public boolean hasValidation() {
        return validation != null;
    }
}
