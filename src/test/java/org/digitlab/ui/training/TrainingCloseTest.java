package org.digitlab.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.digitlab.Slow;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.Presets;
import org.digitlab.training.RunOutcome;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.DigitLabApp;
import org.digitlab.ui.TestContexts;
import org.digitlab.ui.Themes;
import org.digitlab.ui.ViewLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Closing the window during a run asks first; "Keep training" keeps it, "Stop and discard" ends it. */
@ExtendWith(ApplicationExtension.class)
@Slow
class TrainingCloseTest {

    private static final long TIMEOUT = 120;

    private final ExecutorService background = DigitLabApp.backgroundExecutor();
    private AppContext context;
    private TrainingView view;
    private Stage window;

    @Start
    void start(Stage primary) {
        context = TestContexts.real(background);
        ViewLoader.Loaded<TrainingView> loaded = new ViewLoader(context).loadWithController("training",
                "TrainingView");
        view = loaded.controller();
        // A window of its own, so that closing it leaves the test toolkit's stage alone.
        window = new Stage();
        Scene scene = new Scene(loaded.root(), 1100, 700);
        Themes.apply(scene);
        window.setScene(scene);
        window.show();
    }

    @AfterEach
    void tearDown() {
        view.viewModel().stop();
        background.shutdownNow();
        TestContexts.forget(context);
    }

    @Test
    void closingDuringARunAsksAndNothingEndsWithoutAnAnswer(FxRobot robot) throws Exception {
        TrainingViewModel viewModel = view.viewModel();
        ArchitectureSpec spec = Presets.get("mlp-100");
        robot.interact(() -> {
            viewModel.limitProperty().set(300);
            viewModel.train(spec.withTraining(spec.training().withEpochs(5000)));
        });
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> !viewModel.curves().epochs().isEmpty());

        askToClose();
        robot.clickOn(answer(robot, ClosingQuestion.KEEP_TRAINING.getText()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.isShowing()).isTrue();
        assertThat(viewModel.isActive()).isTrue();

        askToClose();
        robot.clickOn(answer(robot, ClosingQuestion.STOP_AND_DISCARD.getText()));
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> !viewModel.isActive());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.isShowing()).isFalse();
        assertThat(viewModel.lastRunProperty().get().outcome()).isEqualTo(RunOutcome.STOPPED);
    }

    /** What the window manager's close button does; the question is modal, so it is not awaited here. */
    private void askToClose() {
        Platform.runLater(() -> window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    private static Node answer(FxRobot robot, String text) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .button")
                .match((Button b) -> text.equals(b.getText())).tryQuery().isPresent());
        return robot.lookup(".dialog-pane .button").match((Button b) -> text.equals(b.getText())).query();
    }
}
