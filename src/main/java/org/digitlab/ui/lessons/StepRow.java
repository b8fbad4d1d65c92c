package org.digitlab.ui.lessons;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.digitlab.lesson.LessonStep;

/**
 * A step as the panel lists it: the step and whether its check has passed. A passed step stays
 * passed while the class goes on (a later run need not meet an earlier step's check).
 */
public final class StepRow {

    private final int number;
    private final LessonStep step;
    private final BooleanProperty passed = new SimpleBooleanProperty(this, "passed", false);
    private final BooleanProperty discussed = new SimpleBooleanProperty(this, "discussed", false);

    StepRow(int number, LessonStep step) {
        this.number = number;
        this.step = step;
    }

    /** 1, 2, ... */
    public int number() {
        return number;
    }

    public LessonStep step() {
        return step;
    }

    public BooleanProperty passedProperty() {
        return passed;
    }

    public boolean isPassed() {
        return passed.get();
    }

    /** Whether students or the teacher marked the step's discussion done. */
    public BooleanProperty discussedProperty() {
        return discussed;
    }

    @Override
    public String toString() {
        return number + ". " + step.title();
    }
}
