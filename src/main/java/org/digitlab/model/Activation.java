package org.digitlab.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A layer's activation function; {@code LINEAR} means none (the identity). */
public enum Activation {
    RELU, SIGMOID, TANH, SOFTMAX, LINEAR;

    @JsonValue
    public String jsonName() {
        return JsonEnums.jsonName(this);
    }

    @JsonCreator
    public static Activation fromJson(String text) {
        return JsonEnums.parse(Activation.class, text);
    }
}
