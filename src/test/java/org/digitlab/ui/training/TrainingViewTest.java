package org.digitlab.ui.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.digitlab.Slow;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.Optimizer;
import org.digitlab.model.EpochMetrics;
import org.digitlab.model.Presets;
import org.digitlab.training.RunOutcome;
import org.digitlab.training.RunState;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.DigitLabApp;
import org.digitlab.ui.TestContexts;
import org.digitlab.ui.ViewLoader;
import org.digitlab.ui.draw.DrawView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real Training view on real MNIST, headless: a short run of a small MLP (300 examples an
 * epoch, many epochs so that there is time to pause it), driven through the buttons.
 */
@ExtendWith(ApplicationExtension.class)
@Slow
class TrainingViewTest {

    private static final long TIMEOUT = 120;
    private static final int EXAMPLES = 300;
    private static final int EPOCHS = 5000;
    /** FX pulses after PAUSED in which a batch would have shown if the run had not parked. */
    private static final int PULSES = 10;

    private final ExecutorService background = DigitLabApp.backgroundExecutor();
    private AppContext context;
    private TrainingView view;
    private DrawView draw;

    @Start
    void start(Stage stage) {
        context = TestContexts.real(background);
        ViewLoader loader = new ViewLoader(context);
        ViewLoader.Loaded<TrainingView> training = loader.loadWithController("training", "TrainingView");
        ViewLoader.Loaded<DrawView> drawing = loader.loadWithController("draw", "DrawView");
        view = training.controller();
        draw = drawing.controller();
        TabPane tabs = new TabPane(new Tab("Training", training.root()), new Tab("Draw", drawing.root()));
        TestContexts.show(stage, tabs, 1240, 760);
    }

    @AfterEach
    void tearDown() {
        view.viewModel().stop();
        background.shutdownNow();
        TestContexts.forget(context);
    }

    @Test
    void aShortRunDrawsBothChartsPausesResumesStopsAndGoesToDraw(FxRobot robot) throws Exception {
        TrainingViewModel viewModel = view.viewModel();
        ArchitectureSpec spec = Presets.get("mlp-100");
        robot.interact(() -> {
            viewModel.specProperty().set(spec.withTraining(spec.training().withEpochs(EPOCHS)));
            viewModel.limitProperty().set(EXAMPLES);
        });
        assertThat(robot.lookup("#pauseButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#stopButton").queryButton().isDisabled()).isTrue();

        robot.clickOn("#startButton");
        RunCharts charts = view.charts();
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS,
                () -> charts.tracePoints() > 0 && charts.accuracyPoints() > 0);
        assertThat(charts.lossPoints()).isGreaterThan(charts.tracePoints()); // per-epoch loss too
        assertThat(robot.lookup("#startButton").queryButton().isDisabled()).isTrue();

        robot.clickOn("#pauseButton");
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS,
                () -> viewModel.stateProperty().get() == RunState.PAUSED);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#resumeButton").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#pauseButton").queryButton().isDisabled()).isTrue();
        // PAUSED is reported by the training thread once it is parked at the batch boundary, in the
        // same coalesced hand-off as the batches before it: after it, no batch can reach the charts.
        int pausedAt = points(charts);
        WaitForAsyncUtils.waitForFxEvents(PULSES);
        assertThat(viewModel.stateProperty().get()).isEqualTo(RunState.PAUSED);
        assertThat(points(charts)).isEqualTo(pausedAt);

        robot.clickOn("#resumeButton");
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> points(charts) > pausedAt);

        robot.clickOn("#stopButton");
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> !viewModel.isActive());
        WaitForAsyncUtils.waitForFxEvents();
        RunRecord run = viewModel.lastRunProperty().get();
        assertThat(run.outcome()).isEqualTo(RunOutcome.STOPPED);
        assertThat(run.hasModel()).isTrue();
        assertThat(run.test().examples()).isEqualTo(10_000);
        assertThat(run.test().accuracy()).isGreaterThan(0.5);
        assertThat(viewModel.runs()).containsExactly(run);
        assertThat(robot.lookup("#startButton").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#useInDrawButton").queryButton().isDisabled()).isFalse();

        robot.clickOn("#useInDrawButton");
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> draw.viewModel().predictorProperty().get() != null
                && draw.viewModel().predictorProperty().get().model() == run.model());
        assertThat(context.models().selectedProperty().get().name()).isEqualTo(run.name());
    }

    @Test
    void tickingAFinishedRunOverlaysItsCurves(FxRobot robot) throws Exception {
        TrainingViewModel viewModel = view.viewModel();
        ArchitectureSpec spec = Presets.get("mlp-100");
        robot.interact(() -> {
            viewModel.specProperty().set(spec.withTraining(spec.training().withEpochs(2)));
            viewModel.limitProperty().set(EXAMPLES);
        });
        robot.clickOn("#startButton");
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> !viewModel.isActive());
        WaitForAsyncUtils.waitForFxEvents();
        int live = view.charts().accuracyPoints();
        assertThat(live).isEqualTo(2);

        robot.interact(() -> viewModel.runs().get(0).compared().set(true));
        assertThat(view.charts().accuracyPoints()).isEqualTo(2 * live);
        assertThat(robot.lookup("#legend .legend-entry").queryAll()).isNotEmpty();
        String name = viewModel.runs().get(0).name();
        assertThat(robot.lookup("#legend .legend-entry").queryAllAs(Label.class))
                .filteredOn(entry -> entry.getText().contains(name)).hasSize(1);
    }

    @Test
    void trainMoreGoesOnFromTheModelAndItsCurvesCarryOn(FxRobot robot) throws Exception {
        TrainingViewModel viewModel = view.viewModel();
        ArchitectureSpec spec = Presets.get("mlp-100");
        robot.interact(() -> {
            viewModel.specProperty().set(spec.withTraining(spec.training().withEpochs(2)));
            viewModel.limitProperty().set(EXAMPLES);
        });
        assertThat(robot.lookup("#trainMoreButton").queryButton().isDisabled()).isTrue();
        robot.clickOn("#startButton");
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> !viewModel.isActive());
        WaitForAsyncUtils.waitForFxEvents();
        double firstLoss = viewModel.curves().epochs().get(1).trainLoss();

        robot.clickOn("#trainMoreButton");
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> viewModel.runs().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(viewModel.curves().epochs()).extracting(EpochMetrics::epoch).containsExactly(1, 2, 3, 4);
        assertThat(view.charts().accuracyPoints()).isEqualTo(4); // the first run's two epochs, then two more
        assertThat(viewModel.curves().epochs().get(3).trainLoss()).isLessThan(firstLoss);
        assertThat(viewModel.runs().get(1).model().history().lastEpoch()).isEqualTo(4);
    }

    @Test
    void aDivergingRunStopsAndShowsTheDiagnosis(FxRobot robot) throws Exception {
        TrainingViewModel viewModel = view.viewModel();
        ArchitectureSpec spec = Presets.get("mlp-100");
        robot.interact(() -> {
            viewModel.specProperty().set(spec.withTraining(spec.training().withOptimizer(Optimizer.SGD)
                    .withLearningRate(1e12).withEpochs(3)));
            viewModel.limitProperty().set(EXAMPLES);
        });
        robot.clickOn("#startButton");
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> !viewModel.isActive());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(viewModel.lastRunProperty().get().outcome()).isEqualTo(RunOutcome.DIVERGED);
        Label diagnosis = robot.lookup("#diagnosisLabel").queryAs(Label.class);
        assertThat(diagnosis.isVisible()).isTrue();
        assertThat(diagnosis.getText()).startsWith("The loss diverged").contains("learning rate");
        assertThat(viewModel.stateProperty().get()).isEqualTo(RunState.FAILED);
    }

    private static int points(RunCharts charts) {
        return charts.lossPoints() + charts.accuracyPoints();
    }
}
