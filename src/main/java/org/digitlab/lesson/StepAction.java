package org.digitlab.lesson;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * What a step does to the window when it starts.
 *
 * @param setup   the architecture and settings to set up; absent: keep what is there
 * @param train   whether the step trains: "auto" (the action starts the run), "student" (students
 *                start it once they have made their change) or "none" (the default)
 * @param overlay whether earlier runs of the lesson stay ticked, so the curves are overlaid
 * @param view    the view to show
 * @param locked  controls shown but not changeable until the teacher unlocks them
 * @param hidden  controls not shown in this step
 */
public record StepAction(Setup setup, Run train, Boolean overlay, View view, List<Control> locked,
                         List<Control> hidden) {

    /** An action that changes nothing. */
    public static final StepAction NONE = new StepAction(null, null, null, null, null, null);

    public StepAction {
        setup = setup == null ? Setup.NONE : setup;
        train = train == null ? Run.NONE : train;
        overlay = overlay != null && overlay;
        locked = Fields.list("locked", locked, Control.values().length);
        hidden = Fields.list("hidden", hidden, Control.values().length);
        for (Control control : locked) {
            if (hidden.contains(control)) {
                throw new LessonFieldException("locked", "'" + control.jsonName() + "' is both locked and hidden;"
                        + " a locked control is shown, so list it in one of the two");
            }
        }
    }

    public boolean trains() {
        return train != Run.NONE;
    }

    /** Who starts a step's run. */
    public enum Run {
        NONE, AUTO, STUDENT;

        @JsonValue
        public String jsonName() {
            return LessonNames.of(this);
        }

        @JsonCreator
        public static Run fromJson(String text) {
            return LessonNames.parse(Run.class, "train mode", text);
        }
    }
}
