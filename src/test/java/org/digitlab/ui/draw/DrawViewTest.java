package org.digitlab.ui.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.digitlab.Slow;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.controls.DrawingCanvas;
import org.digitlab.ui.controls.StemPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.digitlab.ui.strokes.StrokeRasterizer;

/** The robot draws on the real Draw view, with a sample model, headless. */
@ExtendWith(ApplicationExtension.class)
@Slow
class DrawViewTest {

    private static final long TIMEOUT = 60;

    private RealDrawView drawView;
    private AppContext context;
    private DrawView view;

    @Start
    void start(Stage stage) {
        drawView = RealDrawView.show(stage, 1100, 700, "mlp-512-256");
        context = drawView.context();
        view = drawView.view();
    }

    @AfterEach
    void tearDown() {
        drawView.close();
    }

    @Test
    void aStrokeDrawnByTheRobotReachesTheStemPlot(FxRobot robot) throws Exception {
        awaitModel();
        drawOne(robot);
        StemPlot plot = robot.lookup("#stemPlot").queryAs(StemPlot.class);
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> plot.probabilitiesProperty().get() != null);

        float[] p = plot.probabilitiesProperty().get();
        assertThat(p).hasSize(10);
        double sum = 0;
        for (float v : p) {
            sum += v;
        }
        assertThat(sum).isCloseTo(1.0, within(1e-4));
        assertThat(plot.highlighted()).as("a vertical stroke is a 1").isEqualTo(1);
        assertThat(robot.lookup("#answerDigit").queryAs(Label.class).getText()).isEqualTo("1");
    }

    @Test
    void clearReturnsToTheEmptyState(FxRobot robot) throws Exception {
        awaitModel();
        drawOne(robot);
        StemPlot plot = robot.lookup("#stemPlot").queryAs(StemPlot.class);
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> plot.probabilitiesProperty().get() != null);

        robot.clickOn("#clearButton");
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> plot.probabilitiesProperty().get() == null);
        assertThat(plot.emptyTextProperty().get()).isEqualTo("Draw a digit");
        assertThat(robot.lookup("#answerDigit").queryAs(Label.class).getText()).isEmpty();
    }

    @Test
    void aRightButtonDragRubsOutInk(FxRobot robot) throws Exception {
        awaitModel();
        drawOne(robot);
        assertThat(paperAt(robot, 0.5, 0.5)).isFalse();

        drag(robot, MouseButton.SECONDARY, new Point2D(0.35, 0.5), new Point2D(0.65, 0.5));

        assertThat(view.viewModel().strokes()).hasSize(2);
        assertThat(view.viewModel().strokes().get(1).eraser()).isTrue();
        assertThat(paperAt(robot, 0.5, 0.5)).isTrue();  // rubbed out on screen
        assertThat(paperAt(robot, 0.5, 0.25)).isFalse(); // the rest of the stroke stays
        var raster = DrawViewModel.raster(view.viewModel().strokes());
        assertThat(raster.get(StrokeRasterizer.RASTER / 2, StrokeRasterizer.RASTER / 2)).isEqualTo(255f);
    }

    @Test
    void theEraserButtonMakesThePenRubOut(FxRobot robot) throws Exception {
        awaitModel();
        drawOne(robot);
        robot.clickOn("#eraserToggle");
        stroke(robot, new Point2D(0.35, 0.5), new Point2D(0.65, 0.5));

        assertThat(view.viewModel().strokes().get(1).eraser()).isTrue();
        assertThat(paperAt(robot, 0.5, 0.5)).isTrue();

        robot.clickOn("#eraserToggle");
        stroke(robot, new Point2D(0.35, 0.5), new Point2D(0.65, 0.5));
        assertThat(view.viewModel().strokes().get(2).eraser()).isFalse();
    }

    @Test
    void aTinyDrawingShowsAHintToDrawBigger(FxRobot robot) throws Exception {
        awaitModel();
        Label hint = robot.lookup("#smallHint").queryAs(Label.class);
        assertThat(hint.isVisible()).isFalse();

        stroke(robot, new Point2D(0.3, 0.3), new Point2D(0.3, 0.4));
        assertThat(hint.isVisible()).isTrue();

        robot.clickOn("#clearButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(hint.isVisible()).isFalse();

        drawOne(robot);
        assertThat(hint.isVisible()).isFalse();
    }

    @Test
    void undoRemovesTheLastStroke(FxRobot robot) throws Exception {
        awaitModel();
        drawOne(robot);
        stroke(robot, new Point2D(0.3, 0.5), new Point2D(0.7, 0.5));
        DrawViewModel viewModel = view.viewModel();
        assertThat(viewModel.strokes()).hasSize(2);

        robot.clickOn("#undoButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.strokes()).hasSize(1);
        assertThat(viewModel.strokes().get(0).xs().get(0)).isCloseTo(200, within(40.0));
    }

    @Test
    void ctrlZUndoesAndDeleteClears(FxRobot robot) throws Exception {
        awaitModel();
        drawOne(robot);
        stroke(robot, new Point2D(0.3, 0.5), new Point2D(0.7, 0.5));
        DrawViewModel viewModel = view.viewModel();

        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.strokes()).hasSize(1);

        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.strokes()).isEmpty();
    }

    private void awaitModel() throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> context.models().getPredictor() != null);
    }

    /** A "1": one vertical stroke down the middle of the canvas. */
    private static void drawOne(FxRobot robot) {
        stroke(robot, new Point2D(0.5, 0.15), new Point2D(0.5, 0.85));
    }

    /** Drags from one point to another, given as fractions of the canvas. */
    private static void stroke(FxRobot robot, Point2D from, Point2D to) {
        drag(robot, MouseButton.PRIMARY, from, to);
    }

    /** Whether the canvas shows paper (white) at a point given as fractions of the drawing. */
    private static boolean paperAt(FxRobot robot, double x, double y) throws Exception {
        DrawingCanvas canvas = robot.lookup("#canvas").queryAs(DrawingCanvas.class);
        javafx.scene.image.WritableImage shot = WaitForAsyncUtils.asyncFx(() -> canvas.snapshot(null, null))
                .get(TIMEOUT, TimeUnit.SECONDS);
        double side = Math.min(shot.getWidth(), shot.getHeight());
        int px = (int) ((shot.getWidth() - side) / 2 + x * side);
        int py = (int) ((shot.getHeight() - side) / 2 + y * side);
        return shot.getPixelReader().getColor(px, py).getBrightness() > 0.9;
    }

    private static void drag(FxRobot robot, MouseButton button, Point2D from, Point2D to) {
        DrawingCanvas canvas = robot.lookup("#canvas").queryAs(DrawingCanvas.class);
        var bounds = canvas.localToScreen(canvas.getLayoutBounds());
        double side = Math.min(bounds.getWidth(), bounds.getHeight());
        double x0 = bounds.getMinX() + (bounds.getWidth() - side) / 2;
        double y0 = bounds.getMinY() + (bounds.getHeight() - side) / 2;
        robot.moveTo(new Point2D(x0 + from.getX() * side, y0 + from.getY() * side));
        robot.press(button);
        int steps = 12;
        for (int i = 1; i <= steps; i++) {
            double t = (double) i / steps;
            robot.moveTo(new Point2D(x0 + (from.getX() + t * (to.getX() - from.getX())) * side,
                    y0 + (from.getY() + t * (to.getY() - from.getY())) * side));
        }
        robot.release(button);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
