package org.digitlab.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.digitlab.Slow;
import org.digitlab.model.EpochMetrics;
import org.digitlab.ui.TestContexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The charts do not flatter a run: accuracy keeps its 0-to-1 scale (notebook 002's sigmoid + MSE
 * network, stuck between 0.0999 and 0.1013, must look stuck) unless zoomed, and the first epoch's
 * figure is a visible mark, not a lone invisible point of a line.
 */
@ExtendWith(ApplicationExtension.class)
@Slow
class RunChartsTest {

    private static final int PLANNED = 20;

    private LineChart<Number, Number> loss;
    private LineChart<Number, Number> accuracy;
    private RunCharts charts;

    @Start
    void start(Stage stage) {
        loss = new LineChart<>(new NumberAxis(), new NumberAxis());
        accuracy = new LineChart<>(new NumberAxis(), new NumberAxis());
        for (LineChart<Number, Number> chart : List.of(loss, accuracy)) {
            chart.setAnimated(false);
            chart.setCreateSymbols(false);
        }
        charts = new RunCharts(loss, accuracy, new FlowPane());
        TestContexts.show(stage, new VBox(loss, accuracy), 900, 700);
    }

    @Test
    void aStuckNetworkIsDrawnOnTheWholeAccuracyScaleUntilTheTeacherZooms(FxRobot robot) {
        robot.interact(() -> {
            charts.planEpochs(PLANNED);
            charts.newLive("mlp-sigmoid-mse", 0);
            charts.appendEpochs(List.of(epoch(1, 0.0999, 0.1002), epoch(2, 0.1013, 0.1008)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        NumberAxis y = (NumberAxis) accuracy.getYAxis();
        assertFalse(y.isAutoRanging());
        assertEquals(0, y.getLowerBound());
        assertEquals(1, y.getUpperBound());

        robot.interact(() -> charts.zoomAccuracy(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(y.getUpperBound() - y.getLowerBound() < 0.5, "zoomed to the data: " + y.getLowerBound()
                + ".." + y.getUpperBound());
        assertEquals(RunCharts.ZOOMED_LABEL, y.getLabel(), "the axis says it is zoomed");

        robot.interact(() -> charts.zoomAccuracy(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, y.getLowerBound());
        assertEquals(1, y.getUpperBound());
    }

    @Test
    void clickingTheAccuracyChartTogglesTheZoom(FxRobot robot) {
        robot.interact(() -> charts.appendEpochs(List.of(epoch(1, 0.5, 0.52))));
        robot.clickOn(accuracy);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(charts.isAccuracyZoomed());
        robot.clickOn(accuracy);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(charts.isAccuracyZoomed());
    }

    @Test
    void theFirstEpochIsAVisibleMarkInsideTheEpochAxis(FxRobot robot) {
        robot.interact(() -> {
            charts.planEpochs(PLANNED);
            charts.newLive("mlp-100", 1);
            charts.appendEpochs(List.of(epoch(1, 0.91, 0.93)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        NumberAxis x = (NumberAxis) accuracy.getXAxis();
        assertEquals(0, x.getLowerBound());
        assertEquals(PLANNED, x.getUpperBound(), "the epoch axis spans the planned epochs, not one point");
        for (LineChart<Number, Number> chart : List.of(loss, accuracy)) {
            for (XYChart.Series<Number, Number> series : chart.getData()) {
                if (series.getName().endsWith("per batch (smoothed)")) {
                    continue;
                }
                assertEquals(1, series.getData().size(), series.getName());
                Node mark = series.getData().get(0).getNode();
                assertNotNull(mark, series.getName() + " has a mark at epoch 1");
                Bounds bounds = mark.getBoundsInParent();
                assertTrue(mark.isVisible() && bounds.getWidth() >= 6 && bounds.getHeight() >= 6,
                        series.getName() + " mark is " + bounds);
                assertTrue(mark.getStyleClass().contains("run-color-1"), "in the run's colour");
            }
        }
    }

    private static EpochMetrics epoch(int n, double trainAccuracy, double valAccuracy) {
        return new EpochMetrics(n, 2.3, trainAccuracy, 2.3, valAccuracy, 1.0, 1000);
    }
}
