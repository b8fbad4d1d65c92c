package org.digitlab.lesson;

/** Decides whether a step is done, given what is observed; {@link CheckEvaluator} is the one there is. */
@FunctionalInterface
public interface StepEvaluator {

    CheckResult evaluate(LessonStep step, Observation observed);
}
