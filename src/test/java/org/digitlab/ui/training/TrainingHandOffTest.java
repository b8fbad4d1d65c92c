package org.digitlab.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.digitlab.Slow;
import org.digitlab.model.Activation;
import org.digitlab.model.LayerSpec;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.DigitLabApp;
import org.digitlab.ui.TestContexts;
import org.digitlab.ui.ViewLoader;
import org.digitlab.ui.architecture.LayerField;
import org.digitlab.ui.shell.MainView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The whole window: Train in the Architecture view shows the Training view and trains the edited spec. */
@ExtendWith(ApplicationExtension.class)
@Slow
class TrainingHandOffTest {

    private static final long TIMEOUT = 120;

    private final ExecutorService background = DigitLabApp.backgroundExecutor();
    private AppContext context;
    private MainView main;

    @Start
    void start(Stage stage) {
        context = TestContexts.real(background);
        ViewLoader.Loaded<MainView> loaded = new ViewLoader(context).loadWithController("shell", "MainView");
        main = loaded.controller();
        TestContexts.show(stage, loaded.root(), 1240, 760);
    }

    @AfterEach
    void tearDown() {
        background.shutdownNow();
        TestContexts.forget(context);
    }

    @Test
    void trainHandsTheEditedSpecToTheTrainingViewWhichStarts(FxRobot robot) throws Exception {
        TabPane sections = robot.lookup("#sections").queryAs(TabPane.class);
        robot.interact(() -> sections.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        TrainingView training = main.trainingView();
        // An edit, to see that the edited spec (not the preset) is what trains.
        robot.interact(() -> main.architectureView().viewModel().edit(1, LayerField.SIZE, "20"));

        robot.clickOn("#trainButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(sections.getSelectionModel().getSelectedIndex()).isEqualTo(3);
        TrainingViewModel viewModel = training.viewModel();
        assertThat(viewModel.isActive()).isTrue();
        assertThat(viewModel.specProperty().get().layers().get(1)).isEqualTo(new LayerSpec.Dense(20, Activation.RELU));
        robot.interact(viewModel::stop);
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> !viewModel.isActive());
        assertThat(viewModel.runs()).hasSize(1);
    }
}
