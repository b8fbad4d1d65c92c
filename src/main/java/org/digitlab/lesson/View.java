package org.digitlab.lesson;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The part of the window a step shows: a main view, or one of the panels beside the Draw canvas. */
public enum View {
    DRAW, DATASETS, ARCHITECTURE, TRAINING, EVALUATION,
    /** Draw, with the preprocessing inspector beside the canvas. */
    PREPROCESSING,
    /** Draw, with the filters, feature maps or activations of the network beside the canvas. */
    INSIDE,
    /** Draw, with the pinned probes and their timeline beside the canvas. */
    PROBES;

    @JsonValue
    public String jsonName() {
        return LessonNames.of(this);
    }

    @JsonCreator
    public static View fromJson(String text) {
        return LessonNames.parse(View.class, "view", text);
    }
}
