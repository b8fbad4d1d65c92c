/**
 * Lessons: the five seed notebooks as guided lessons, and the "break the model" challenge.
 *
 * <p>A {@link org.digitlab.lesson.Lesson} is a small JSON file ({@link org.digitlab.lesson.LessonJson}
 * reads it within limits and names the step and field of any mistake): a question, a time budget
 * and steps, each with a text, an action that sets the app up (preset or spec, dataset, split,
 * epochs, image limit, view, locked and hidden controls) and a typed check.
 * {@link org.digitlab.lesson.CheckEvaluator} decides a check against what is observed (a run's
 * figures, the architecture, the window's settings), the same way for the window and for
 * {@code bin/digitlab lesson check}, which rehearses a lesson's training steps without a window
 * ({@link org.digitlab.lesson.LessonRehearsal}). {@link org.digitlab.lesson.FoolStore} keeps the
 * drawings that fooled a model and {@link org.digitlab.lesson.FoolGallery} exports them.
 *
 * <p>This package sits below the {@code ui} and {@code cli} layers and above the rest: it trains
 * through the one {@link org.digitlab.engine.Engine} it is given, and knows neither JavaFX nor a
 * deep-learning library.
 */
package org.digitlab.lesson;
