package org.digitlab.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Keras convolution padding: {@code VALID} shrinks by the kernel, {@code SAME} keeps ceil(in / stride). */
public enum Padding {
    VALID, SAME;

    @JsonValue
    public String jsonName() {
        return JsonEnums.jsonName(this);
    }

    @JsonCreator
    public static Padding fromJson(String text) {
        return JsonEnums.parse(Padding.class, text);
    }
}
