package org.digitlab.ui.inside;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.digitlab.Slow;
import org.digitlab.data.DataSplits;
import org.digitlab.data.ImageSet;
import org.digitlab.model.Presets;
import org.digitlab.training.ProbeSnapshot;
import org.digitlab.training.TrainingRequest;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.DigitLabApp;
import org.digitlab.ui.TestContexts;
import org.digitlab.ui.Themes;
import org.digitlab.ui.ViewLoader;
import org.digitlab.ui.draw.DrawView;
import org.digitlab.ui.state.Probe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The probes' timeline after a long run (cnn-3conv's 20 epochs of 937 batches, a snapshot every
 * 10): ten digits in ten colours, and axis labels that neither run into each other nor out of
 * the chart, in the normal and the projector look.
 */
@ExtendWith(ApplicationExtension.class)
@Slow
class ProbesViewTest {

    private static final int SNAPSHOTS = 1874;

    private final ExecutorService background = DigitLabApp.backgroundExecutor();
    private AppContext context;
    private DrawView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        context = TestContexts.real(background);
        ViewLoader.Loaded<DrawView> loaded = new ViewLoader(context).loadWithController("draw", "DrawView");
        view = loaded.controller();
        scene = TestContexts.show(stage, loaded.root(), 1024, 700);
        loaded.root().lookupAll(".inside-tabs").forEach(tabs -> ((TabPane) tabs).getSelectionModel().select(3));
    }

    @AfterEach
    void tearDown() {
        background.shutdownNow();
        TestContexts.forget(context);
    }

    @Test
    void tenDigitsTakeTenColoursInTheLinesAndTheLegend(FxRobot robot) throws Exception {
        recordALongRun(robot);
        LineChart<Number, Number> timeline = view.probes().timeline();

        Set<Paint> lines = new HashSet<>();
        timeline.lookupAll(".chart-series-line").forEach(line -> lines.add(((Path) line).getStroke()));
        Set<Paint> keys = new HashSet<>();
        timeline.lookupAll(".chart-legend-item-symbol")
                .forEach(key -> keys.add(((Region) key).getBackground().getFills().get(0).getFill()));

        assertThat(lines).hasSize(10);
        assertThat(keys).hasSize(10);
    }

    @Test
    void theBatchAxisHasAFewShortLabelsSideBySideInsideTheChart(FxRobot robot) throws Exception {
        recordALongRun(robot);
        assertFewLabelsApart(view.probes().timeline());

        robot.interact(() -> Themes.setLook(scene, Themes.PROJECTOR, true));
        WaitForAsyncUtils.waitForFxEvents();
        assertFewLabelsApart(view.probes().timeline());
    }

    /** A chart ranges its axes when laid out: lay it out now, as the next pulse would. */
    private static void laidOut(Node node) {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> {
            node.getScene().getRoot().applyCss();
            node.getScene().getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The probe is chosen once its timeline is complete: one redraw, not one per snapshot. */
    private void recordALongRun(FxRobot robot) throws Exception {
        Probe probe = WaitForAsyncUtils.asyncFx(() -> {
            Probe pinned = context.probes().pin(new float[28 * 28]);
            ImageSet two = new ImageSet(2, 2, new byte[8], new byte[] {1, 2});
            context.probes().addProbes(TrainingRequest.of(Presets.get("cnn-3conv"), new DataSplits(two, null, two)));
            return pinned;
        }).get(30, TimeUnit.SECONDS);
        for (int i = 1; i <= SNAPSHOTS; i++) {
            float[] p = new float[10];
            for (int digit = 0; digit < 10; digit++) {
                p[digit] = (float) (0.1 + 0.05 * Math.sin(i / 50.0 + digit));
            }
            context.probes().listener().onProbes(new ProbeSnapshot(1 + i / 94, 10L * i, new float[][] {p}));
        }
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> probe.timeline().size() == SNAPSHOTS);
        robot.interact(() -> view.probes().probeList().getSelectionModel().select(probe));
        NumberAxis batches = (NumberAxis) view.probes().timeline().getXAxis();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> batches.getUpperBound() >= 10 * SNAPSHOTS);
    }

    private static void assertFewLabelsApart(LineChart<Number, Number> timeline) {
        laidOut(timeline);
        Node axis = timeline.getXAxis();
        List<Bounds> labels = new ArrayList<>();
        for (Node node : axis.lookupAll("Text")) {
            if (node.getParent() == axis && node.isVisible() && !((Text) node).getText().isEmpty()) {
                labels.add(node.getBoundsInParent());
            }
        }
        assertThat(labels).hasSizeBetween(2, BatchAxis.MAX_STEPS + 1);
        Bounds chart = timeline.getBoundsInLocal();
        for (Bounds label : labels) {
            Bounds inChart = timeline.sceneToLocal(axis.localToScene(label));
            assertThat(inChart.getMaxX()).as("a label's right end inside the chart")
                    .isLessThanOrEqualTo(chart.getMaxX());
        }
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(labels.get(i).intersects(labels.get(j))).as("tick labels %d and %d", i, j).isFalse();
            }
        }
    }
}
