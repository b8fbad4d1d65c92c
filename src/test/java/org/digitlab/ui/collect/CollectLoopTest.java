package org.digitlab.ui.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.digitlab.Slow;
import org.digitlab.data.DatasetInfo;
import org.digitlab.data.DatasetStore;
import org.digitlab.data.collected.CollectedSet;
import org.digitlab.model.SampleModels;
import org.digitlab.training.FineTuning;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.DigitLabApp;
import org.digitlab.ui.TestContexts;
import org.digitlab.ui.ViewLoader;
import org.digitlab.ui.controls.DrawingCanvas;
import org.digitlab.ui.evaluation.EvaluationViewModel;
import org.digitlab.ui.shell.MainView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The collect → test → teach loop through the real window, headless: ten digits drawn by the
 * robot on the canvas in collect mode, the set found in the Datasets view beside MNIST, a model
 * evaluated on it in the Evaluation view, then taught on it (a tiny fine-tune of 200 images).
 * The home is a temporary folder; MNIST is read from the usual cache as a read-only folder.
 */
@ExtendWith(ApplicationExtension.class)
@Slow
class CollectLoopTest {

    private static final long TIMEOUT = 120;
    private static final int DRAWINGS = 10;

    @TempDir
    static Path home;

    private final ExecutorService background = DigitLabApp.backgroundExecutor();
    private AppContext context;
    private MainView main;

    @Start
    void start(Stage stage) {
        Path cache = DatasetStore.defaultStore().home().resolve("datasets");
        context = TestContexts.withStore(background, new DatasetStore(home, List.of(cache)));
        ViewLoader.Loaded<MainView> loaded = new ViewLoader(context).loadWithController("shell", "MainView");
        main = loaded.controller();
        TestContexts.show(stage, loaded.root(), 1280, 720);
        context.models().start(SampleModels.all(), "mlp-512-256");
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        background.shutdownNow();
        TestContexts.forget(context);
    }

    @Test
    void tenDrawingsAreCollectedFoundTestedAndTaught(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> context.models().getPredictor() != null);
        CollectView collect = main.draw().collect();
        collect.setTeachSettings(new FineTuning.Settings(1, 200, 0.15, 1e-4, 32, 0.2, 7));
        robot.clickOn("#collectToggle");
        TextField setField = robot.lookup("#setField").queryAs(TextField.class);
        robot.interact(setField::clear);
        robot.clickOn("#setField").write("Robot class").type(javafx.scene.input.KeyCode.ENTER);
        robot.clickOn("#writerField").write("Robo");
        Button keep = robot.lookup("#collectKeepButton").queryAs(Button.class);
        assertThat(keep.isDisabled()).as("nothing drawn yet").isTrue();

        int[] asked = new int[DRAWINGS];
        for (int i = 0; i < DRAWINGS; i++) {
            asked[i] = collect.viewModel().labelProperty().get();
            assertThat(robot.lookup("#promptLabel").queryAs(Label.class).getText()).isEqualTo("Draw a " + asked[i]);
            draw(robot, i);
            assertThat(keep.isDisabled()).isFalse();
            robot.clickOn("#collectKeepButton");
            int kept = i + 1;
            WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> main.draw().viewModel().strokes().isEmpty()
                    && total(collect.viewModel().countsProperty().get()) == kept);
            WaitForAsyncUtils.waitForFxEvents();
        }
        // The shuffled order asks for each of the ten digits once before any again.
        assertThat(asked).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(collect.viewModel().countsProperty().get()).containsOnly(1);
        assertThat(robot.lookup("#countsLabel").queryAs(Label.class).getText()).endsWith("(10 in all)");
        String id = collect.viewModel().setIdProperty().get();
        assertThat(id).isEqualTo("drawn-robot-class");
        CollectedSet saved = context.datasets().collected().load(id);
        assertThat(saved.drawings()).extracting(d -> d.label()).containsExactly(box(asked));
        assertThat(saved.writers()).containsExactly("Robo");
        assertThat(saved.drawings().get(0).strokes()).isNotEmpty();

        // Beside MNIST in the Datasets view, its ten images in the test split
        robot.clickOn("Datasets");
        ChoiceBox<DatasetInfo> datasets = robot.lookup(".datasets-view #datasetChoice").queryAs(ChoiceBox.class);
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS,
                () -> datasets.getItems().stream().anyMatch(d -> d.id().equals(id)));
        DatasetInfo drawn = datasets.getItems().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
        assertThat(drawn.displayName()).isEqualTo("Robot class (drawn)");
        robot.interact(() -> datasets.setValue(drawn));
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> "dataset: drawn-robot-class".equals(
                robot.lookup("#datasetStatus").queryAs(Label.class).getText()));

        // Tested in the Evaluation view: ten images, each writer's figure
        robot.clickOn("Evaluation");
        robot.interact(() -> main.evaluation().testOn(id));
        robot.clickOn("#evaluateButton");
        EvaluationViewModel evaluation = main.evaluation().viewModel();
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> evaluation.evaluatedProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents(); // the status line is set right after the figures
        EvaluationViewModel.Evaluated result = evaluation.evaluatedProperty().get();
        assertThat(result.result().examples()).isEqualTo(DRAWINGS);
        assertThat(result.datasetId()).isEqualTo(id);
        assertThat(result.writers()).singleElement().satisfies(w -> {
            assertThat(w.group()).isEqualTo("Robo");
            assertThat(w.total()).isEqualTo(DRAWINGS);
        });
        assertThat(robot.lookup("#status").queryAs(Label.class).getText()).contains("By writer: Robo");

        // Taught: the Teach window, a tiny fine-tune, before and after, a new model in the picker
        robot.clickOn("Draw");
        robot.clickOn("#teachButton");
        TeachWindow teach = collect.teachWindow();
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> teach.stage().isShowing());
        robot.interact(() -> teach.view().start());
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS,
                () -> teach.view().viewModel().reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        FineTuning.Report report = teach.view().viewModel().reportProperty().get();
        assertThat(report.taught()).isEqualTo(8);
        assertThat(report.heldOut()).isEqualTo(2);
        assertThat(report.before().mnistTest()).isGreaterThan(0.95);
        assertThat(report.after().mnistTest()).as("200 images at a low rate keep MNIST").isGreaterThan(0.9);
        assertThat(report.model().history().lastEpoch())
                .isEqualTo(context.models().getPredictor().model().history().lastEpoch() + 1);
        assertThat(robot.lookup("#mnistAfter").queryAs(Label.class).getText()).endsWith("%");
        robot.clickOn("#teachUseButton");
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> context.models().getPredictor() != null
                && context.models().getPredictor().model() == report.model());
        assertThat(context.models().selectedProperty().get().name()).isEqualTo("mlp-512-256 + Robot class");
    }

    private static int total(int[] counts) {
        int sum = 0;
        for (int c : counts) {
            sum += c;
        }
        return sum;
    }

    private static Integer[] box(int[] values) {
        return java.util.Arrays.stream(values).boxed().toArray(Integer[]::new);
    }

    /** Drawing {@code i}: a "7"-like stroke (a bar, then down), each a little different. */
    private static void draw(FxRobot robot, int i) {
        DrawingCanvas canvas = robot.lookup("#canvas").queryAs(DrawingCanvas.class);
        var bounds = canvas.localToScreen(canvas.getLayoutBounds());
        double side = Math.min(bounds.getWidth(), bounds.getHeight());
        double x0 = bounds.getMinX() + (bounds.getWidth() - side) / 2;
        double y0 = bounds.getMinY() + (bounds.getHeight() - side) / 2;
        double shift = 0.02 * i;
        robot.moveTo(new Point2D(x0 + (0.25 + shift) * side, y0 + 0.2 * side));
        robot.press(MouseButton.PRIMARY);
        for (int k = 1; k <= 6; k++) {
            robot.moveTo(new Point2D(x0 + (0.25 + shift + 0.08 * k) * side, y0 + 0.2 * side));
        }
        for (int k = 1; k <= 8; k++) {
            robot.moveTo(new Point2D(x0 + (0.73 + shift - 0.03 * k) * side, y0 + (0.2 + 0.075 * k) * side));
        }
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
