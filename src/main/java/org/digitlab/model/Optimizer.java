package org.digitlab.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The weight-update rule; each uses Keras' defaults for everything but the learning rate. */
public enum Optimizer {
    SGD, ADAM, RMSPROP;

    @JsonValue
    public String jsonName() {
        return JsonEnums.jsonName(this);
    }

    @JsonCreator
    public static Optimizer fromJson(String text) {
        return JsonEnums.parse(Optimizer.class, text);
    }
}
