/**
 * The Lessons panel: a built-in or opened lesson beside the other views, its steps with their
 * progress, each step's "Set up" and its check decided against the window's state. The lesson's
 * format, checks and rehearsal live in {@code org.digitlab.lesson}; the panel reaches the rest of
 * the window only through {@link org.digitlab.ui.lessons.LessonWindow}.
 */
package org.digitlab.ui.lessons;
