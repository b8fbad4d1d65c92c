package org.digitlab.lesson;

/**
 * The limits of what a lesson file may hold, so that a damaged or hostile file is refused with a
 * message instead of filling the memory or the window. The built-in lessons use a fraction of each.
 */
public final class LessonLimits {

    /** A lesson with an inline spec in every step is still under 100 KB. */
    public static final int MAX_FILE_BYTES = 256_000;
    public static final int MAX_STEPS = 30;
    public static final int MAX_TITLE = 100;
    public static final int MAX_QUESTION = 1_000;
    /** Each of a step's three texts (what to do, what to look for, what to discuss). */
    public static final int MAX_TEXT = 2_000;
    public static final int MAX_ID_TEXT = 60;
    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 240;
    public static final int MAX_EPOCHS = 200;
    public static final int MAX_IMAGE_LIMIT = 1_000_000;
    public static final int MAX_BATCH = 65_536;
    public static final double MAX_LEARNING_RATE = 10;
    public static final int MAX_HIDDEN_LAYERS = 16;
    public static final int MAX_UNITS = 4_096;
    /** Checks inside an {@code all-of}, and how deep all-ofs nest. */
    public static final int MAX_ALL_OF = 8;
    public static final int MAX_ALL_OF_DEPTH = 3;
    /** JSON nesting: a lesson is about 8 deep, an inline spec adds 4. */
    public static final int MAX_NESTING = 32;

    private LessonLimits() {
    }
}
