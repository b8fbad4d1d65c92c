package org.digitlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.digitlab.Slow;
import org.digitlab.model.SampleModels;
import org.digitlab.training.Distortion;
import org.digitlab.training.SweepCurve;
import org.digitlab.ui.evaluation.RobustnessViewModel;
import org.digitlab.ui.shell.MainView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The robustness window through the real app: the sample model evaluated, the window opened from
 * the Evaluation view, a real sweep of the sample MLP and CNN run in the background from its Run
 * button, then both tabs checked by {@link LayoutInspector} in both looks at 1280×720 and
 * 1024×768. The shots land in {@code target/classroom-layout/} (the README's are
 * {@code robustness-projector-1280x720.png} and {@code calibration-projector-1280x720.png}).
 */
@ExtendWith(ApplicationExtension.class)
@Slow
class RobustnessWindowLayoutTest {

    private static final Path SHOTS = Path.of("target", "classroom-layout");
    private static final long TIMEOUT = 300;
    private static final int EVALUATION_TAB = 4;

    private final ExecutorService background = DigitLabApp.backgroundExecutor();
    private AppContext context;
    private MainView main;

    @Start
    void start(Stage stage) {
        context = TestContexts.real(background);
        ViewLoader.Loaded<MainView> loaded = new ViewLoader(context).loadWithController("shell", "MainView");
        main = loaded.controller();
        TestContexts.show(stage, loaded.root(), 1280, 720);
        context.models().start(SampleModels.all(), DigitLabApp.PREFERRED_MODEL);
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        background.shutdownNow();
        TestContexts.forget(context);
    }

    @Test
    void theSweepRunsFromTheWindowAndBothTabsReadFromTheBackOfTheRoom(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> context.models().getPredictor() != null);
        robot.interact(() -> robot.lookup("#sections").queryAs(TabPane.class).getSelectionModel()
                .select(EVALUATION_TAB));
        robot.clickOn("#evaluateButton");
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS,
                () -> main.evaluation().viewModel().evaluatedProperty().get() != null);
        robot.clickOn("#robustnessButton");
        WaitForAsyncUtils.waitForFxEvents();
        Stage window = robustnessStage();
        RobustnessViewModel sweep = main.evaluation().robustnessView().viewModel();
        robot.interact(() -> sweep.limitProperty().set(500));
        robot.clickOn("#runButton");
        assertThat(sweep.runningProperty().get()).as("the sweep runs in the background").isTrue();
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> !sweep.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(sweep.curves()).extracting(SweepCurve::model).containsExactly("cnn-3conv", "mlp-512-256");
        SweepCurve cnn = sweep.curves().get(0);
        SweepCurve mlp = sweep.curves().get(1);
        assertThat(cnn.accuracyAt(Distortion.SHIFT, 4)).isGreaterThan(mlp.accuracyAt(Distortion.SHIFT, 4));
        LineChart<?, ?> chart = robot.lookup("#sweepChart").queryAs(LineChart.class);
        assertThat(chart.getData()).hasSize(2);
        assertThat(chart.getData().get(0).getData()).hasSize(Distortion.SHIFT.amounts().size());
        assertThat(robot.lookup("#sweepSummary").queryAs(Label.class).getText()).contains("cnn-3conv: ")
                .contains("mlp-512-256: ");
        assertThat(robot.lookup("#calibrationTitle").queryAs(Label.class).getText()).contains("calibration error");

        Files.createDirectories(SHOTS);
        List<String> problems = new ArrayList<>();
        for (boolean projector : List.of(false, true)) {
            for (int[] size : List.of(new int[] {1280, 720}, new int[] {1024, 768})) {
                for (int tab : List.of(0, 1)) {
                    problems.addAll(inspect(robot, window, projector, size[0], size[1], tab));
                }
            }
        }
        problems.forEach(System.out::println);
        assertThat(problems).isEmpty();
    }

    private List<String> inspect(FxRobot robot, Stage window, boolean projector, int width, int height, int tab) {
        robot.interact(() -> {
            robot.lookup("#projectorToggle").queryAs(ToggleButton.class).setSelected(projector);
            window.getScene().getRoot().lookupAll(".robustness-view").stream().findFirst()
                    .map(TabPane.class::cast).orElseThrow().getSelectionModel().select(tab);
            window.setX(0);
            window.setY(0);
            window.setWidth(width);
            window.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<List<String>> found = new AtomicReference<>();
        Scene scene = window.getScene();
        String name = (tab == 0 ? "robustness-" : "calibration-") + (projector ? "projector" : "normal");
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            found.set(LayoutInspector.inspect(scene, projector ? 18 : 11, false));
            Snapshots.save(scene.snapshot(null), SHOTS.resolve(name + "-" + width + "x" + height + ".png"));
        });
        return found.get().stream().map(p -> name + " · " + width + "x" + height + " · " + p).toList();
    }

    private static Stage robustnessStage() {
        return (Stage) Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().lookup("#sweepChart") != null)
                .findFirst().orElseThrow();
    }
}
