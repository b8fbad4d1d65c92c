package org.digitlab.data;

import java.util.Objects;

/**
 * How to carve a {@link TrainTest} into training, validation and test sets; applied by
 * {@link Splits#apply(TrainTest, SplitSpec)}.
 *
 * @param validationFraction only for {@link Kind#VALIDATION_FRACTION}, else 0
 * @param seed               only for {@link Kind#HOLDOUT_HALF}, else 0
 */
public record SplitSpec(Kind kind, double validationFraction, long seed) {

    public enum Kind {
        /** The published split, no validation set. */
        TRAIN_TEST,
        /** Notebook 001: the test set shuffled and halved into validation and test. */
        HOLDOUT_HALF,
        /** Keras {@code validation_split}: the last fraction of the training set validates. */
        VALIDATION_FRACTION
    }

    public SplitSpec {
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.VALIDATION_FRACTION && !(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation fraction must be in (0, 1), got " + validationFraction);
        }
    }

    public static SplitSpec trainTest() {
        return new SplitSpec(Kind.TRAIN_TEST, 0, 0);
    }

    public static SplitSpec holdoutHalf(long seed) {
        return new SplitSpec(Kind.HOLDOUT_HALF, 0, seed);
    }

    public static SplitSpec validationFraction(double fraction, long seed) {
        return new SplitSpec(Kind.VALIDATION_FRACTION, fraction, seed);
    }
}
