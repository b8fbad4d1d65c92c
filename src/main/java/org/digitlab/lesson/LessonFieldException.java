package org.digitlab.lesson;

/**
 * A value of a lesson file that is out of its limits or missing: names the field (relative to the
 * object that holds it, e.g. "epochs" of an action) and says what to do. {@link LessonJson} adds
 * the file, the step and the path to it.
 */
public class LessonFieldException extends IllegalArgumentException {

    private final String field;
    private final String reason;

    public LessonFieldException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
