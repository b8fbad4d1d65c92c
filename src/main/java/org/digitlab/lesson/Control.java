package org.digitlab.lesson;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The controls a lesson can lock (shown, but not changeable until the teacher unlocks them) or
 * hide (until a later step shows them), so that students meet only the settings that matter yet.
 */
public enum Control {
    /** The list of presets in the Architecture view. */
    PRESETS,
    /** Adding, removing, moving and editing layers. */
    LAYERS,
    /** Opening and saving spec files. */
    SPEC_FILES,
    /** The Keras summary's parameter counts (hide them while students predict). */
    SUMMARY,
    OPTIMIZER, LEARNING_RATE, LOSS, BATCH_SIZE, EPOCHS, SEED, DATASET, SPLIT, VALIDATION_SHARE,
    LEARNING_RATE_DECAY, SHIFT, STROKES,
    /** How many training images a run uses. */
    IMAGE_LIMIT,
    /** "Train more" after a run. */
    TRAIN_MORE,
    /** The model Draw uses. */
    MODEL,
    /** The preprocessing inspector's switches (scaling, centring). */
    PREPROCESSING_SWITCHES;

    @JsonValue
    public String jsonName() {
        return LessonNames.of(this);
    }

    @JsonCreator
    public static Control fromJson(String text) {
        return LessonNames.parse(Control.class, "control", text);
    }
}
