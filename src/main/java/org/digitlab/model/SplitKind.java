package org.digitlab.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a lesson split MNIST: plain 60k train / 10k test ({@code TRAIN_TEST}); the 10k holdout halved
 * into validation and test (notebook 001, {@code HOLDOUT_HALF}); or a fraction of the training set
 * held out for validation (Keras' {@code validation_split}, notebook 003, {@code VALIDATION_FRACTION}).
 */
public enum SplitKind {
    TRAIN_TEST, HOLDOUT_HALF, VALIDATION_FRACTION;

    @JsonValue
    public String jsonName() {
        return JsonEnums.jsonName(this);
    }

    @JsonCreator
    public static SplitKind fromJson(String text) {
        return JsonEnums.parse(SplitKind.class, text);
    }
}
