package org.digitlab.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The loss of the output layer: categorical cross-entropy, or mean squared error on one-hot labels. */
public enum Loss {
    CROSS_ENTROPY, MSE;

    @JsonValue
    public String jsonName() {
        return JsonEnums.jsonName(this);
    }

    @JsonCreator
    public static Loss fromJson(String text) {
        return JsonEnums.parse(Loss.class, text);
    }
}
