package org.digitlab.lesson;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * State of the window that a check can ask about ({@code setting-equals}, {@code setting-at-least}),
 * reported by the window in {@link Observation#settings()} as text: "true"/"false", a number, a
 * {@link View}'s name.
 */
public enum Setting {
    /** Whether the preprocessing moves the centre of mass to the centre (MNIST's step). */
    CENTRE_OF_MASS,
    /** Whether the preprocessing crops to the ink and scales it to 20 pixels. */
    SCALE_TO_BOX,
    /** The view shown, a {@link View}'s name. */
    VIEW,
    /** Whether the Draw canvas holds a drawing. */
    DRAWING,
    /** How many drawings are pinned as probes. */
    PROBES_PINNED,
    /** How many drawings that fooled the model the challenge has kept. */
    FOOLS;

    @JsonValue
    public String jsonName() {
        return LessonNames.of(this);
    }

    @JsonCreator
    public static Setting fromJson(String text) {
        return LessonNames.parse(Setting.class, "setting", text);
    }
}
