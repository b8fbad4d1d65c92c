package org.digitlab.inference;

/** Why a canvas holds no digit to classify. */
public enum NoDigitReason {
    /** Nothing drawn, or only faint noise. */
    BLANK,
    /** A dot or a blob: too small and too round to be a digit's stroke. */
    TOO_SMALL,
    /**
     * Something was drawn, but the network's own evidence says it is no digit: its nearest training
     * images are farther away than those of almost every real digit ({@link DigitChecker}).
     */
    NOT_A_DIGIT;

    /** The name used by {@code predict --json} and {@code explain --json}: "blank", "too-small", "not-a-digit". */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
