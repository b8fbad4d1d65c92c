package org.digitlab.ui.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import org.digitlab.lesson.BuiltInLessons;
import org.digitlab.lesson.Control;
import org.junit.jupiter.api.Test;

/** The teacher's lock as the Lessons panel holds it: a step's locks, the PIN, unlocking until the next set-up. */
class TeacherLockTest {

    private final LessonsViewModelTest.FakeWindow window = new LessonsViewModelTest.FakeWindow();
    private final LessonsViewModel model = new LessonsViewModel(window, BuiltInLessons.all());
    private final TeacherLock lock = model.teacherLock();

    @Test
    void settingUpAStepLocksAndHidesItsControls() {
        model.open(BuiltInLessons.get("002"));
        assertThat(lock.locked()).isEmpty();
        model.setUp();
        assertThat(lock.isLocked(Control.OPTIMIZER)).isTrue();
        assertThat(lock.locked()).containsAll(model.stepProperty().get().step().action().locked());
        assertThat(lock.hidden()).contains(Control.SEED);
    }

    @Test
    void theWrongPinKeepsTheStepLockedAndTheRightOneUnlocksUntilTheNextSetUp() {
        model.open(BuiltInLessons.get("002"));
        model.setUp();
        assertThat(lock.unlock("1234")).as("no PIN chosen yet").isFalse();
        assertThat(lock.setPin(null, "1234")).isTrue();
        assertThat(lock.hasPinProperty().get()).isTrue();

        assertThat(lock.unlock("4321")).isFalse();
        assertThat(lock.isLocked(Control.OPTIMIZER)).isTrue();
        assertThat(lock.unlock(" 1234 ")).isTrue();
        assertThat(lock.locked()).isEmpty();
        assertThat(lock.hidden()).isEmpty();

        model.next();
        model.setUp();
        assertThat(lock.isLocked(Control.OPTIMIZER)).as("the next step locks again").isTrue();
    }

    @Test
    void aShortPinIsRefusedAndChangingItNeedsTheOldOne() {
        assertThat(lock.setPin(null, "12")).isFalse();
        assertThat(lock.hasPinProperty().get()).isFalse();
        assertThat(lock.setPin(null, "1234")).isTrue();
        assertThat(lock.setPin("0000", "5678")).isFalse();
        assertThat(lock.setPin("1234", "5678")).isTrue();
        lock.apply(java.util.List.of(Control.LOSS), java.util.List.of());
        assertThat(lock.unlock("1234")).isFalse();
        assertThat(lock.unlock("5678")).isTrue();
    }
}
