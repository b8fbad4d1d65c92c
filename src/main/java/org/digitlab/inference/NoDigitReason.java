package org.digitlab.inference;

/** Why a canvas holds no digit to classify. */
public enum NoDigitReason {
    /** Nothing drawn, or only faint noise. */
    BLANK,
    /** A dot or a blob: too small and too round to be a digit's stroke. */
    TOO_SMALL
}
