package org.digitlab.lesson;

/** A lesson file that cannot be read or given; the message is one line naming the file, step and field. */
public final class LessonFileException extends IllegalArgumentException {

    public LessonFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
