package org.digitlab.ui.lessons;

import java.util.List;
import java.util.Map;
import org.digitlab.lesson.RunSummary;
import org.digitlab.lesson.Setting;
import org.digitlab.lesson.View;
import org.digitlab.model.ArchitectureSpec;

/**
 * What a lesson may do to the window and see of it, so that the Lessons view-model knows no other
 * view: the main window implements it over the existing view-models.
 */
public interface LessonWindow {

    /** The architecture being edited, with its settings; null before there is one. */
    ArchitectureSpec architecture();

    /**
     * Puts a spec into the Architecture editor and the Training view, as choosing a preset would.
     *
     * @param limit training images a run uses, 0 for all; null keeps the current limit
     */
    void setUp(ArchitectureSpec spec, Integer limit);

    /** Sets the preprocessing inspector's switches; a null one stays as it is. */
    void preprocess(Boolean centreOfMass, Boolean scaleToBox);

    /** Shows a main view (or Draw with one of its side panels). */
    void show(View view);

    /** Starts a run of {@code spec} at once, as the Architecture view's Train does. */
    void train(ArchitectureSpec spec);

    /** Every run of the session that has ended, oldest first. */
    List<RunSummary> finishedRuns();

    /** The window's state a check may ask about; settings absent here are not observed. */
    Map<Setting, String> settings();
}
