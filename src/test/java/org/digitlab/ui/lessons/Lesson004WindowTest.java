package org.digitlab.ui.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.digitlab.Slow;
import org.digitlab.lesson.BuiltInLessons;
import org.digitlab.model.SampleModels;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.DigitLabApp;
import org.digitlab.ui.TestContexts;
import org.digitlab.ui.ViewLoader;
import org.digitlab.ui.shell.MainView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Lesson 004's steps that watch the Draw view, walked through the real window: a stroke drawn by
 * the robot passes "draw", "We discussed it" passes the discussion, unticking the inspector's
 * centring passes "preprocessing", and "probes" waits for a pinned drawing and a finished run. The
 * first step's run of the whole training set is left to {@code lesson check}.
 */
@ExtendWith(ApplicationExtension.class)
@Slow
class Lesson004WindowTest {

    private static final long TIMEOUT = 240;

    private final ExecutorService background = DigitLabApp.backgroundExecutor();
    private AppContext context;
    private MainView main;

    @Start
    void start(Stage stage) {
        context = TestContexts.real(background);
        ViewLoader.Loaded<MainView> loaded = new ViewLoader(context).loadWithController("shell", "MainView");
        main = loaded.controller();
        TestContexts.show(stage, loaded.root(), 1280, 720);
        context.models().start(SampleModels.all(), "mlp-100");
    }

    @AfterEach
    void tearDown() {
        background.shutdownNow();
        TestContexts.forget(context);
    }

    @Test
    void theDrawStepsTurnGreenFromWhatTheStudentDoesInDraw(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> context.models().predictorProperty().get() != null);
        robot.interact(() -> main.openLesson(BuiltInLessons.get("004")));
        LessonsViewModel lessons = main.lessons().viewModel();
        robot.clickOn("#nextButton");
        assertThat(lessons.stepProperty().get().step().id()).isEqualTo("draw");
        robot.clickOn("#setUpButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lessons.stepProperty().get().isPassed()).as("an empty canvas").isFalse();
        org.digitlab.ui.draw.RobotStrokes.drawOne(robot);
        assertThat(lessons.stepProperty().get().isPassed()).as(lessons.verdictProperty().get()).isTrue();

        robot.clickOn("#nextButton");
        assertThat(lessons.stepProperty().get().step().id()).isEqualTo("input");
        assertThat(robot.lookup("#discussedButton").queryButton().isVisible()).isTrue();
        robot.clickOn("#discussedButton");
        assertThat(lessons.stepProperty().get().isPassed()).isTrue();

        robot.clickOn("#nextButton");
        assertThat(lessons.stepProperty().get().step().id()).isEqualTo("preprocessing");
        robot.interact(() -> main.draw().preprocess().viewModel().centreOfMassProperty().set(false));
        assertThat(lessons.stepProperty().get().isPassed()).as("centring was off before the step").isFalse();
        assertThat(lessons.verdictProperty().get()).contains("Set up");
        robot.clickOn("#setUpButton");
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox centring = robot.lookup("#centreToggle").queryAs(CheckBox.class);
        assertThat(centring.isSelected()).as("Set up starts from MNIST's preprocessing").isTrue();
        assertThat(centring.isVisible()).as("the step shows the inspector").isTrue();
        assertThat(lessons.stepProperty().get().isPassed()).isFalse();
        robot.clickOn(centring);
        assertThat(lessons.stepProperty().get().isPassed()).as(lessons.verdictProperty().get()).isTrue();

        robot.clickOn("#nextButton");
        assertThat(lessons.stepProperty().get().step().id()).isEqualTo("probes");
        robot.clickOn("#setUpButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(centring.isSelected()).as("the probes step switches centring back on").isTrue();
        robot.clickOn("#pinButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(context.probes().probes()).hasSize(1);
        assertThat(lessons.stepProperty().get().isPassed()).as("no run has finished yet").isFalse();
        assertThat(lessons.verdictProperty().get()).startsWith("Not yet");
        Button train = (Button) robot.lookup(".architecture-view").query().lookup("#trainButton");
        robot.interact(() -> {
            main.trainingView().viewModel().limitProperty().set(6_000);
            train.fire();
        });
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> lessons.stepProperty().get().isPassed());
        assertThat(lessons.passedCountProperty().get()).isEqualTo(4);
    }
}
