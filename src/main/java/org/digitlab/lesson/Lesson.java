package org.digitlab.lesson;

import java.util.List;

/**
 * A lesson: a question, a time budget and the steps that answer it. The built-in five are
 * {@link BuiltInLessons}; a teacher's copy is read by {@link LessonJson}.
 *
 * @param format   the file format's version, 1 (absent means 1)
 * @param id       e.g. "002"
 * @param title    e.g. "Why won't it learn?"
 * @param notebook the seed notebook it comes from, or ""
 * @param question what the lesson answers, a sentence or two
 * @param minutes  the time the lesson is planned for, teaching and training together
 * @param steps    in order; at least one
 */
public record Lesson(Integer format, String id, String title, String notebook, String question,
                     Integer minutes, List<LessonStep> steps) {

    /** The only format there is so far. */
    public static final int FORMAT = 1;

    public Lesson {
        if (format != null && format != FORMAT) {
            throw new LessonFieldException("format", "got " + format + "; this Digit Lab reads format " + FORMAT
                    + " (a newer Digit Lab wrote this file?)");
        }
        format = FORMAT;
        id = Fields.id("id", id);
        title = Fields.text("title", title, LessonLimits.MAX_TITLE, true);
        notebook = Fields.text("notebook", notebook, LessonLimits.MAX_TITLE, false);
        question = Fields.text("question", question, LessonLimits.MAX_QUESTION, true);
        Fields.required("minutes", minutes, "45");
        Fields.range("minutes", minutes, LessonLimits.MIN_MINUTES, LessonLimits.MAX_MINUTES, "45");
        steps = Fields.list("steps", steps, LessonLimits.MAX_STEPS);
        if (steps.isEmpty()) {
            throw new LessonFieldException("steps", "is empty; a lesson needs at least one step");
        }
    }

    /** How many steps train a network. */
    public long trainingSteps() {
        return steps.stream().filter(s -> s.action().trains()).count();
    }
}
