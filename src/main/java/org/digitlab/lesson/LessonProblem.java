package org.digitlab.lesson;

/**
 * A lesson that reads as JSON but cannot be given as written: an unknown preset, a step that
 * trains nothing it can train, a check that looks at a run no step makes. {@link LessonJson}
 * turns it into a line naming the file, the step and the field.
 */
public final class LessonProblem extends IllegalArgumentException {

    private final int step;
    private final String field;
    private final String reason;

    /** @param step the step's index from 0, or -1 for the lesson itself */
    public LessonProblem(int step, String field, String reason) {
        super((step >= 0 ? "step " + (step + 1) + ", " : "") + "field " + field + ": " + reason);
        this.step = step;
        this.field = field;
        this.reason = reason;
    }

    public int step() {
        return step;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
