package org.digitlab.lesson;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a step says to students.
 *
 * @param todo    what to do ({@code "do"} in the file), required
 * @param lookFor what to look for while it runs, or ""
 * @param discuss a question to discuss, or ""
 */
public record StepText(@JsonProperty("do") String todo, String lookFor, String discuss) {

    public StepText {
        todo = Fields.text("do", todo, LessonLimits.MAX_TEXT, true);
        lookFor = Fields.text("lookFor", lookFor, LessonLimits.MAX_TEXT, false);
        discuss = Fields.text("discuss", discuss, LessonLimits.MAX_TEXT, false);
    }
}
