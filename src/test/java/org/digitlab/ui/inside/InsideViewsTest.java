package org.digitlab.ui.inside;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.control.TabPane;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.digitlab.RealMnist;
import org.digitlab.Slow;
import org.digitlab.inference.LayerOutput;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.Presets;
import org.digitlab.training.TrainingRequest;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.controls.DrawingCanvas;
import org.digitlab.ui.draw.DrawView;
import org.digitlab.ui.draw.RealDrawView;
import org.digitlab.ui.state.ProbeBoard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Draw view's side tabs with the sample CNN, headless: the robot draws, the inspectors follow. */
@ExtendWith(ApplicationExtension.class)
@Slow
class InsideViewsTest {

    private static final long TIMEOUT = 120;

    private RealDrawView drawView;
    private AppContext context;
    private DrawView view;

    @Start
    void start(Stage stage) {
        drawView = RealDrawView.show(stage, 1200, 780, "cnn-3conv");
        context = drawView.context();
        view = drawView.view();
    }

    @AfterEach
    void tearDown() {
        drawView.close();
    }

    @Test
    void featureMapsAppearForACnnAndChangeWhenTheDrawingChanges(FxRobot robot) throws Exception {
        awaitModel();
        selectTab(robot, "networkTab");
        NetworkViewModel model = view.network().viewModel();
        stroke(robot, new Point2D(0.5, 0.15), new Point2D(0.5, 0.85));
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> model.insideProperty().get() != null);

        Inside first = model.insideProperty().get();
        assertThat(first.convolutional()).isTrue();
        assertThat(first.kernels().count()).isEqualTo(32);
        assertThat(first.featureMaps()).extracting(LayerOutput::kind).contains("Conv2D", "MaxPooling2D");
        VBox maps = robot.lookup("#featureMaps").queryAs(VBox.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(maps.getChildren()).hasSize(first.featureMaps().size());
        FlowPane firstTiles = (FlowPane) ((VBox) maps.getChildren().get(0)).getChildren().get(1);
        assertThat(firstTiles.getChildren()).hasSize(first.featureMaps().get(0).channels());
        ImageView tile = (ImageView) firstTiles.getChildren().get(0);
        var before = tile.getImage();
        assertThat(before).isNotNull();

        stroke(robot, new Point2D(0.2, 0.2), new Point2D(0.8, 0.2));
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> model.insideProperty().get() != null
                && model.insideProperty().get() != first);
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> view.viewModel().strokes().size() == 2
                && !java.util.Arrays.equals(model.insideProperty().get().input(), first.input()));
        Inside second = model.insideProperty().get();
        assertThat(second.featureMaps().get(0).values()).isNotEqualTo(first.featureMaps().get(0).values());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tile.getImage()).isNotSameAs(before);
    }

    @Test
    void switchingOffScalingChangesTheModelInputAndTheProbabilities(FxRobot robot) throws Exception {
        awaitModel();
        selectTab(robot, "preprocessTab");
        PreprocessViewModel model = view.preprocess().viewModel();
        stroke(robot, new Point2D(0.45, 0.35), new Point2D(0.55, 0.65));
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> model.stagesProperty().get() != null
                && model.stagesProperty().get().prediction() != null);
        Stages mnist = model.stagesProperty().get();
        assertThat(mnist.digit().fitted()).isNotNull();

        robot.clickOn("#scaleToggle");
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> model.stagesProperty().get() != mnist
                && model.stagesProperty().get().digit().fitted() == null);
        Stages naive = model.stagesProperty().get();
        assertThat(naive.digit().image()).isNotEqualTo(mnist.digit().image());
        assertThat(naive.prediction().probabilities()).isNotEqualTo(mnist.prediction().probabilities());
    }

    @Test
    void aDenseModelShowsItsUnitsWeightsAndActivationBars(FxRobot robot) throws Exception {
        awaitModel();
        robot.interact(() -> context.models().selectedProperty().set(context.models().entries().stream()
                .filter(e -> e.name().equals("mlp-512-256")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> context.models().getPredictor() != null
                && context.models().getPredictor().model().spec().id().equals("mlp-512-256"));
        selectTab(robot, "networkTab");
        NetworkViewModel model = view.network().viewModel();
        stroke(robot, new Point2D(0.5, 0.15), new Point2D(0.5, 0.85));
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> model.insideProperty().get() != null
                && !model.insideProperty().get().convolutional());

        Inside inside = model.insideProperty().get();
        assertThat(inside.weights().units()).hasSize(NetworkViewModel.WEIGHT_SAMPLE);
        assertThat(inside.weights().weights().get(0)).hasSize(28 * 28);
        assertThat(inside.denseLayers()).extracting(LayerOutput::channels).containsExactly(512, 256);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#activations").queryAs(VBox.class).getChildren()).hasSize(2);
        assertThat(robot.lookup("#unitWeights").queryAs(FlowPane.class).getChildren())
                .hasSize(NetworkViewModel.WEIGHT_SAMPLE);
    }

    @Test
    void aPinnedDrawingsTimelineFillsDuringARealTrainingRun(FxRobot robot) throws Exception {
        awaitModel();
        stroke(robot, new Point2D(0.5, 0.15), new Point2D(0.5, 0.85));
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> view.viewModel().modelInputProperty().get() != null);
        selectTab(robot, "probesTab");
        robot.clickOn("#pinButton");
        WaitForAsyncUtils.waitForFxEvents();
        ProbeBoard board = context.probes();
        assertThat(board.probes()).hasSize(1);

        ArchitectureSpec spec = Presets.get("mlp-100");
        spec = spec.withTraining(spec.training().withEpochs(1).withBatchSize(32));
        TrainingRequest request = TrainingRequest.of(spec, RealMnist.plain()).withLimit(32 * 30);
        java.util.concurrent.atomic.AtomicReference<TrainingRequest> withProbes = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> withProbes.set(board.addProbes(request)));
        context.engine().trainer().start(withProbes.get(), board.listener()).result().get(TIMEOUT, TimeUnit.SECONDS);

        var timeline = view.probes().timeline();
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> timeline.getData().get(1).getData().size() == 3);
        assertThat(timeline.getData()).hasSize(10);
        assertThat(timeline.getData()).allMatch(series -> series.getData().size() == 3);
    }

    private void awaitModel() throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> context.models().getPredictor() != null);
    }

    private static void selectTab(FxRobot robot, String id) {
        TabPane tabs = robot.lookup("#insideTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(
                tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow()));
    }

    /** Drags from one point to another, given as fractions of the canvas. */
    private static void stroke(FxRobot robot, Point2D from, Point2D to) {
        DrawingCanvas canvas = robot.lookup("#canvas").queryAs(DrawingCanvas.class);
        var bounds = canvas.localToScreen(canvas.getLayoutBounds());
        double side = Math.min(bounds.getWidth(), bounds.getHeight());
        double x0 = bounds.getMinX() + (bounds.getWidth() - side) / 2;
        double y0 = bounds.getMinY() + (bounds.getHeight() - side) / 2;
        robot.moveTo(new Point2D(x0 + from.getX() * side, y0 + from.getY() * side));
        robot.press(MouseButton.PRIMARY);
        int steps = 12;
        for (int i = 1; i <= steps; i++) {
            double t = (double) i / steps;
            robot.moveTo(new Point2D(x0 + (from.getX() + t * (to.getX() - from.getX())) * side,
                    y0 + (from.getY() + t * (to.getY() - from.getY())) * side));
        }
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
