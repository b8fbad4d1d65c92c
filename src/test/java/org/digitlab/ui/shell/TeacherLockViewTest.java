package org.digitlab.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.digitlab.lesson.Lesson;
import org.digitlab.lesson.LessonJson;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.DigitLabApp;
import org.digitlab.ui.TestContexts;
import org.digitlab.ui.ViewLoader;
import org.digitlab.ui.lessons.TeacherLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The teacher's lock in the real window: a step that locks the optimizer and hides the seed, the
 * optimizer's choice disabled and marked, a wrong PIN through the Teacher… dialog changing nothing,
 * the right one freeing both until the step is set up again.
 */
@ExtendWith(ApplicationExtension.class)
class TeacherLockViewTest {

    private static final String LESSON = """
            {"format": 1, "id": "lock", "title": "Locks", "notebook": "002", "question": "Which?",
             "minutes": 45, "steps": [
              {"id": "held", "title": "Held", "text": {"do": "Look at the optimizer."},
               "action": {"view": "architecture", "locked": ["optimizer"], "hidden": ["seed"]},
               "check": {"type": "discussed"}}]}
            """;

    private final ExecutorService background = DigitLabApp.backgroundExecutor();
    private AppContext context;
    private MainView main;

    @Start
    void start(Stage stage) {
        context = TestContexts.real(background);
        ViewLoader.Loaded<MainView> loaded = new ViewLoader(context).loadWithController("shell", "MainView");
        main = loaded.controller();
        TestContexts.show(stage, loaded.root(), 1600, 900);
    }

    @AfterEach
    void tearDown() {
        background.shutdownNow();
        TestContexts.forget(context);
    }

    @Test
    void aLockedOptimizerIsDisabledAndMarkedUntilTheRightPin(FxRobot robot) {
        Lesson lesson = LessonJson.fromJson(LESSON.getBytes(StandardCharsets.UTF_8), "lock.json");
        robot.interact(() -> main.openLesson(lesson));
        Node architecture = robot.lookup(".architecture-view").query();
        ChoiceBox<?> optimizer = (ChoiceBox<?>) architecture.lookup("#optimizerChoice");
        Node seed = architecture.lookup("#seedField");
        String ownTip = optimizer.getTooltip().getText();
        assertThat(optimizer.isDisabled()).isFalse();

        robot.interact(() -> robot.lookup("#setUpButton").queryButton().fire());
        assertLocked(robot, optimizer, seed);

        TeacherLock lock = main.lessons().viewModel().teacherLock();
        enterPin(robot, "2468");
        assertThat(lock.hasPinProperty().get()).as("the first Teacher… chooses the PIN").isTrue();
        assertLocked(robot, optimizer, seed);
        enterPin(robot, "1357");
        assertLocked(robot, optimizer, seed);
        assertThat(robot.lookup("#lockStatus").queryAs(Label.class).getText()).startsWith("Wrong PIN");

        enterPin(robot, "2468");
        assertThat(optimizer.isDisabled()).isFalse();
        assertThat(optimizer.getStyleClass()).doesNotContain(LockedControls.LOCKED_CLASS);
        assertThat(optimizer.getTooltip().getText()).isEqualTo(ownTip);
        assertThat(seed.getStyleClass()).doesNotContain(LockedControls.HIDDEN_CLASS);

        robot.interact(() -> robot.lookup("#setUpButton").queryButton().fire());
        assertLocked(robot, optimizer, seed);
    }

    private static void assertLocked(FxRobot robot, ChoiceBox<?> optimizer, Node seed) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(optimizer.isDisabled()).isTrue();
        assertThat(optimizer.isVisible()).as("locked, not missing").isTrue();
        assertThat(optimizer.getStyleClass()).contains(LockedControls.LOCKED_CLASS);
        assertThat(optimizer.getTooltip().getText()).isEqualTo(LockedControls.LOCKED_TIP);
        assertThat(seed.getStyleClass()).contains(LockedControls.HIDDEN_CLASS);
        assertThat(seed.getLayoutBounds().getWidth()).isZero();
        Label status = robot.lookup("#lockStatus").queryAs(Label.class);
        assertThat(status.getText()).contains("locked by the lesson");
        assertThat(status.getTooltip().getText()).contains("optimizer");
    }

    /** Teacher…, the PIN typed into the dialog's field, OK. */
    private static void enterPin(FxRobot robot, String pin) {
        Button teacher = robot.lookup("#teacherButton").queryButton();
        robot.interact(() -> javafx.application.Platform.runLater(teacher::fire));
        WaitForAsyncUtils.waitForFxEvents();
        PasswordField field = robot.lookup("#pinField").queryAs(PasswordField.class);
        DialogPane pane = (DialogPane) field.getScene().getRoot();
        robot.interact(() -> {
            field.setText(pin);
            ((Button) pane.lookupButton(ButtonType.OK)).fire();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
