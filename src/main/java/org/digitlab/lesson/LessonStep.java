package org.digitlab.lesson;

/**
 * One step of a lesson: a text, an action that sets the window up, and a check that notices when
 * students have done it.
 *
 * @param id       unique within the lesson, e.g. "train-cnn"
 * @param title    a few words for the list of steps
 * @param text     what to do, what to look for, what to discuss
 * @param action   what the step sets up; absent: nothing changes
 * @param solution what students are expected to change, which {@code lesson check} applies to
 *                 rehearse the step (the window never applies it); absent: nothing
 * @param check    when the step counts as done
 */
public record LessonStep(String id, String title, StepText text, StepAction action, Setup solution,
                         StepCheck check) {

    public LessonStep {
        id = Fields.id("id", id);
        title = Fields.text("title", title, LessonLimits.MAX_TITLE, true);
        Fields.required("text", text, "{\"do\": \"Press Train.\"}");
        action = action == null ? StepAction.NONE : action;
        solution = solution == null ? Setup.NONE : solution;
        Fields.required("check", check, "{\"type\": \"discussed\"} for a discussion");
    }
}
