package org.digitlab.ui.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.digitlab.Slow;
import org.digitlab.lesson.Lesson;
import org.digitlab.lesson.LessonJson;
import org.digitlab.lesson.Setup;
import org.digitlab.lesson.StepAction;
import org.digitlab.model.Activation;
import org.digitlab.model.LayerSpec;
import org.digitlab.model.Loss;
import org.digitlab.model.Optimizer;
import org.digitlab.model.SampleModels;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.DigitLabApp;
import org.digitlab.ui.TestContexts;
import org.digitlab.ui.ViewLoader;
import org.digitlab.ui.architecture.ArchitectureViewModel;
import org.digitlab.ui.architecture.LayerField;
import org.digitlab.ui.shell.MainView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Lesson 002 walked end to end through the real window, as a class would: each step's Set up, the
 * student's one change made in the Architecture view's controls, a real training run, and the
 * step's check turning green. The lesson is 002 as built in, with smaller runs (12,000 images, 3
 * epochs, thresholds to match, all measured with {@code bin/digitlab lesson check} on that file),
 * so that the walk takes a minute rather than the lesson's two.
 */
@ExtendWith(ApplicationExtension.class)
@Slow
class LessonWalkTest {

    private static final Path QUICK_002 = Path.of("src", "test", "resources", "lessons", "002-quick.json");
    private static final long RUN_TIMEOUT = 240;
    private static final Path SHOTS = Path.of("target", "classroom-layout");

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
    void lesson002WalksToEveryCheckPassed(FxRobot robot) throws Exception {
        Lesson lesson = LessonJson.read(QUICK_002);
        robot.interact(() -> main.openLesson(lesson));
        LessonsViewModel lessons = main.lessons().viewModel();
        assertThat(robot.lookup("#stepList").query().isVisible()).isTrue();
        for (int i = 0; i < lesson.steps().size(); i++) {
            StepRow row = lessons.steps().get(i);
            assertThat(lessons.stepProperty().get()).isSameAs(row);
            assertThat(row.isPassed()).as("step %d before its run", i + 1).isFalse();
            robot.clickOn("#setUpButton");
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(main.architectureView().viewModel().getSpec().training().epochs()).isEqualTo(3);
            assertThat(main.trainingView().viewModel().limitProperty().get()).isEqualTo(12_000);
            if (row.step().action().train() == StepAction.Run.STUDENT) {
                makeChange(robot, row.step().solution());
                Button train = (Button) robot.lookup(".architecture-view").query().lookup("#trainButton");
                robot.interact(train::fire);
            }
            WaitForAsyncUtils.waitFor(RUN_TIMEOUT, TimeUnit.SECONDS, row::isPassed);
            WaitForAsyncUtils.waitForFxEvents();
            Label verdict = (Label) robot.lookup(".lessons-view").query().lookup("#verdict");
            assertThat(verdict.getStyleClass()).as(verdict.getText()).contains("passed");
            assertThat(lessons.passedCountProperty().get()).isEqualTo(i + 1);
            if (i == 1) {
                photograph(robot, "lesson-walk-projector-1280x720.png");
            }
            if (i < lesson.steps().size() - 1) {
                robot.clickOn("#nextButton");
            }
        }
        assertThat(lessons.progressTextProperty().get()).isEqualTo("6 of 6 steps done");
        assertThat(main.trainingView().viewModel().runs()).hasSize(6);
    }

    /**
     * The lesson in progress as the class sees it (the README's picture): two real runs on the
     * chart, the second step just passed, in the projector look.
     */
    private void photograph(FxRobot robot, String name) throws java.io.IOException {
        javafx.scene.control.ToggleButton projector = robot.lookup("#projectorToggle")
                .queryAs(javafx.scene.control.ToggleButton.class);
        robot.interact(() -> projector.setSelected(true));
        WaitForAsyncUtils.waitForFxEvents();
        java.util.concurrent.atomic.AtomicReference<javafx.scene.image.WritableImage> shot =
                new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> {
            javafx.scene.Scene scene = main.root().getScene();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            shot.set(scene.snapshot(null));
        });
        java.nio.file.Files.createDirectories(SHOTS);
        org.digitlab.ui.Snapshots.save(shot.get(), SHOTS.resolve(name));
        robot.interact(() -> projector.setSelected(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What the step asks students to change, through the Architecture view's own controls. */
    @SuppressWarnings("unchecked")
    private void makeChange(FxRobot robot, Setup change) {
        Node architecture = robot.lookup(".architecture-view").query();
        robot.interact(() -> {
            if (change.loss() != null) {
                ((ChoiceBox<Loss>) architecture.lookup("#lossChoice")).setValue(change.loss());
            }
            if (change.optimizer() != null) {
                ((ChoiceBox<Optimizer>) architecture.lookup("#optimizerChoice")).setValue(change.optimizer());
            }
            ArchitectureViewModel model = main.architectureView().viewModel();
            List<Integer> hidden = hiddenDense(model);
            for (int n = 0; n < hidden.size(); n++) {
                if (change.activation() != null) {
                    assertThat(model.edit(hidden.get(n), LayerField.ACTIVATION, change.activation().name())).isTrue();
                }
                if (change.units() != null) {
                    assertThat(model.edit(hidden.get(n), LayerField.SIZE, change.units().get(n).toString())).isTrue();
                }
            }
        });
    }

    private static List<Integer> hiddenDense(ArchitectureViewModel model) {
        List<LayerSpec> layers = model.layers();
        return java.util.stream.IntStream.range(0, layers.size())
                .filter(i -> layers.get(i) instanceof LayerSpec.Dense d && d.activation() != Activation.SOFTMAX)
                .boxed().toList();
    }
}
