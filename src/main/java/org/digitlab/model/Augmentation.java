package org.digitlab.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A change made to training images as they are served, beyond {@code --shift} and {@code --strokes}. */
public enum Augmentation {
    /** Images as the dataset has them. */
    NONE,
    /**
     * Half the images redrawn the way people draw on a screen: leaning, slanted, wobbly, with a
     * bolder, thinner or flat pen, 1s with a lead-in stroke and 7s with a bar (digit sets only).
     */
    DRAW;

    @JsonValue
    public String jsonName() {
        return JsonEnums.jsonName(this);
    }

    @JsonCreator
    public static Augmentation fromJson(String text) {
        return JsonEnums.parse(Augmentation.class, text);
    }
}
