package org.digitlab.ui.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.digitlab.model.EpochMetrics;

/**
 * The two live charts of notebook 001 ("model loss", "model accuracy") and their legend. Each run
 * has one colour ({@code run-color-N} in training.css); the line says what is drawn: thin for the
 * smoothed per-batch loss, solid for training per epoch, dashed for validation. Animation and
 * symbols are off and curves are bounded in points, which keeps frames smooth (platform-notes);
 * only the per-epoch figures get a marker (a few dozen at most), so that an epoch's figure is seen
 * from the first epoch on, when its line is a single point.
 *
 * <p>The accuracy axis stays at 0 to 1, the scale of the epochs table, so that a network stuck at
 * 10% looks stuck; a click on the accuracy chart zooms it to the data and a second click puts the
 * full scale back. The epoch axis spans the planned epochs (or the most epochs drawn).
 */
final class RunCharts {

    static final String TRACE = "trace-line";
    static final String TRAINING = "training-line";
    static final String VALIDATION = "validation-line";
    static final String EPOCH_POINT = "epoch-point";
    static final String ACCURACY_LABEL = "accuracy";
    static final String ZOOMED_LABEL = "accuracy (zoomed to the data: click for 0 to 1)";
    private static final double ACCURACY_TICK = 0.1;
    private static final int EPOCH_TICKS = 10;

    private final LineChart<Number, Number> loss;
    private final LineChart<Number, Number> accuracy;
    private final FlowPane legend;

    private final List<XYChart.Series<Number, Number>> compared = new ArrayList<>();
    private final Map<XYChart.Series<Number, Number>, List<String>> styles = new HashMap<>();
    private XYChart.Series<Number, Number> liveTrace;
    private XYChart.Series<Number, Number> liveTrainLoss;
    private XYChart.Series<Number, Number> liveValLoss;
    private XYChart.Series<Number, Number> liveTrainAccuracy;
    private XYChart.Series<Number, Number> liveValAccuracy;
    private String liveName = "";
    private int liveColor;
    private List<RunRecord> comparedRuns = List.of();
    private int plannedEpochs = 1;
    private boolean accuracyZoomed;

    RunCharts(LineChart<Number, Number> loss, LineChart<Number, Number> accuracy, FlowPane legend) {
        this.loss = loss;
        this.accuracy = accuracy;
        this.legend = legend;
        Tooltip.install(loss, new Tooltip("Loss measures how wrong the network is (lower is better); validation "
                + "loss is measured on images it never trains on."));
        Tooltip.install(accuracy, new Tooltip("Accuracy is the share of images classified right, on training "
                + "images (solid) and validation images (dashed), from 0 to 1. Click to zoom to the data; "
                + "click again for the whole scale."));
        accuracy.setOnMouseClicked(event -> zoomAccuracy(!accuracyZoomed));
        newLive("", 0);
    }

    /** Empty live curves for a new run. */
    void newLive(String name, int color) {
        liveName = name;
        liveColor = color;
        forget(loss, liveTrace, liveTrainLoss, liveValLoss);
        forget(accuracy, liveTrainAccuracy, liveValAccuracy);
        liveTrace = add(loss, name + " loss per batch (smoothed)", color, TRACE);
        liveTrainLoss = add(loss, name + " training loss", color, TRAINING);
        liveValLoss = add(loss, name + " validation loss", color, VALIDATION);
        liveTrainAccuracy = add(accuracy, name + " training accuracy", color, TRAINING);
        liveValAccuracy = add(accuracy, name + " validation accuracy", color, VALIDATION);
        updateLegend();
        fitAxes();
    }

    @SafeVarargs
    private void forget(LineChart<Number, Number> chart, XYChart.Series<Number, Number>... series) {
        chart.getData().removeAll(series);
        for (XYChart.Series<Number, Number> gone : series) {
            styles.remove(gone);
        }
        restyle(chart);
    }

    /** New per-batch points, or the whole trace when old points were thinned. */
    void appendTrace(List<? extends LossPoint> points) {
        liveTrace.getData().addAll(data(points));
        fitAxes();
    }

    void replaceTrace(List<LossPoint> points) {
        liveTrace.getData().setAll(data(points));
        fitAxes();
    }

    void appendEpochs(List<? extends EpochMetrics> epochs) {
        liveTrainLoss.getData().addAll(epochData(epochs, EpochMetrics::trainLoss, liveColor, TRAINING));
        liveValLoss.getData().addAll(epochData(epochs, EpochMetrics::valLoss, liveColor, VALIDATION));
        liveTrainAccuracy.getData().addAll(epochData(epochs, EpochMetrics::trainAccuracy, liveColor, TRAINING));
        liveValAccuracy.getData().addAll(epochData(epochs, EpochMetrics::valAccuracy, liveColor, VALIDATION));
        fitAxes();
    }

    /** The epochs the next run will train: an empty chart's epoch axis spans them. */
    void planEpochs(int epochs) {
        plannedEpochs = Math.max(1, epochs);
        fitAxes();
    }

    /** Zooms the accuracy axis to the data ({@code true}) or puts the 0-to-1 scale back. */
    void zoomAccuracy(boolean zoomed) {
        accuracyZoomed = zoomed;
        accuracy.getYAxis().setLabel(zoomed ? ZOOMED_LABEL : ACCURACY_LABEL);
        fitAxes();
    }

    boolean isAccuracyZoomed() {
        return accuracyZoomed;
    }

    /**
     * Epochs 0..N on both charts, N the planned epochs or the last one drawn, so that one epoch is
     * not a point at the edge. Accuracy 0..1 unless zoomed. Loss 0..2.5 (about where cross-entropy
     * starts on ten classes) while empty, then ranged to the data: its scale has no natural top.
     */
    private void fitAxes() {
        double lastEpoch = Math.max(plannedEpochs, Math.ceil(Math.max(maxEpoch(loss), maxEpoch(accuracy))));
        fitEpochs(loss, lastEpoch);
        fitEpochs(accuracy, lastEpoch);
        NumberAxis lossY = (NumberAxis) loss.getYAxis();
        boolean noLoss = points(loss) == 0;
        lossY.setAutoRanging(!noLoss);
        if (noLoss) {
            fix(lossY, 2.5, 0.5);
        }
        NumberAxis accuracyY = (NumberAxis) accuracy.getYAxis();
        boolean zoom = accuracyZoomed && points(accuracy) > 0;
        accuracyY.setAutoRanging(zoom);
        if (!zoom) {
            fix(accuracyY, 1.0, ACCURACY_TICK);
        }
    }

    private static void fitEpochs(LineChart<Number, Number> chart, double lastEpoch) {
        NumberAxis x = (NumberAxis) chart.getXAxis();
        x.setAutoRanging(false);
        fix(x, lastEpoch, Math.max(1, Math.ceil(lastEpoch / EPOCH_TICKS)));
    }

    private static void fix(NumberAxis axis, double top, double tick) {
        axis.setLowerBound(0);
        axis.setUpperBound(top);
        axis.setTickUnit(tick);
    }

    private static double maxEpoch(LineChart<Number, Number> chart) {
        double max = 0;
        for (XYChart.Series<Number, Number> series : chart.getData()) {
            for (XYChart.Data<Number, Number> point : series.getData()) {
                max = Math.max(max, point.getXValue().doubleValue());
            }
        }
        return max;
    }

    /** Draws the ticked runs of the session over the live curves. */
    void showCompared(List<RunRecord> runs) {
        forget(loss, compared.toArray(XYChart.Series[]::new));
        forget(accuracy, compared.toArray(XYChart.Series[]::new));
        compared.clear();
        comparedRuns = List.copyOf(runs);
        for (RunRecord run : runs) {
            String name = run.name();
            XYChart.Series<Number, Number> trace = add(loss, name + " loss per batch (smoothed)", run.color(), TRACE);
            trace.getData().setAll(data(run.trace()));
            compared.add(trace);
            compared.add(epochSeries(loss, name + " training loss", run, EpochMetrics::trainLoss, TRAINING));
            compared.add(epochSeries(loss, name + " validation loss", run, EpochMetrics::valLoss, VALIDATION));
            compared.add(epochSeries(accuracy, name + " training accuracy", run, EpochMetrics::trainAccuracy,
                    TRAINING));
            compared.add(epochSeries(accuracy, name + " validation accuracy", run, EpochMetrics::valAccuracy,
                    VALIDATION));
        }
        updateLegend();
        fitAxes();
    }

    /** Points on the loss chart and on the accuracy chart, for tests. */
    int lossPoints() {
        return points(loss);
    }

    int accuracyPoints() {
        return points(accuracy);
    }

    int tracePoints() {
        return liveTrace.getData().size();
    }

    private static int points(LineChart<Number, Number> chart) {
        return chart.getData().stream().mapToInt(s -> s.getData().size()).sum();
    }

    private XYChart.Series<Number, Number> epochSeries(LineChart<Number, Number> chart, String name, RunRecord run,
            ToDoubleFunction<EpochMetrics> value, String kind) {
        XYChart.Series<Number, Number> series = add(chart, name, run.color(), kind);
        series.getData().setAll(epochData(run.epochs(), value, run.color(), kind));
        return series;
    }

    private XYChart.Series<Number, Number> add(LineChart<Number, Number> chart, String name, int color,
            String kind) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        styles.put(series, List.of("run-color-" + color, kind));
        chart.getData().add(series);
        restyle(chart);
        return series;
    }

    /**
     * LineChart resets every series line's style classes whenever its list of series changes, so
     * our classes (colour and line kind) go back on after each change.
     */
    private void restyle(LineChart<Number, Number> chart) {
        for (XYChart.Series<Number, Number> series : chart.getData()) {
            Node line = series.getNode();
            List<String> classes = styles.get(series);
            if (line != null && classes != null && !line.getStyleClass().containsAll(classes)) {
                line.getStyleClass().addAll(classes);
            }
        }
    }

    private static List<XYChart.Data<Number, Number>> data(List<? extends LossPoint> points) {
        List<XYChart.Data<Number, Number>> data = new ArrayList<>(points.size());
        for (LossPoint p : points) {
            data.add(new XYChart.Data<>(p.epoch(), p.value()));
        }
        return data;
    }

    /**
     * Epoch figures at the epoch's end, each with its marker in the run's colour (a chart without
     * symbols still draws a point's own node); NaN (no validation set) is left out.
     */
    private static List<XYChart.Data<Number, Number>> epochData(List<? extends EpochMetrics> epochs,
            ToDoubleFunction<EpochMetrics> value, int color, String kind) {
        List<XYChart.Data<Number, Number>> data = new ArrayList<>();
        for (EpochMetrics e : epochs) {
            double y = value.applyAsDouble(e);
            if (Double.isFinite(y)) {
                XYChart.Data<Number, Number> point = new XYChart.Data<>(e.epoch(), y);
                StackPane marker = new StackPane();
                marker.getStyleClass().addAll(EPOCH_POINT, "run-color-" + color, kind);
                point.setNode(marker);
                data.add(point);
            }
        }
        return data;
    }

    private void updateLegend() {
        legend.getChildren().clear();
        if (!liveName.isEmpty()) {
            legend.getChildren().add(entry(liveName + " (this run)", liveColor, TRAINING));
        }
        for (RunRecord run : comparedRuns) {
            // The run on the charts already has its entry: a ticked live run is not listed twice.
            if (!run.name().equals(liveName)) {
                legend.getChildren().add(entry(run.name(), run.color(), TRAINING));
            }
        }
        legend.getChildren().addAll(entry("training, per epoch", -1, TRAINING),
                entry("validation, per epoch", -1, VALIDATION), entry("loss per batch, smoothed", -1, TRACE));
    }

    private static Label entry(String text, int color, String kind) {
        Region swatch = new Region();
        swatch.getStyleClass().addAll("legend-swatch", kind, color < 0 ? "legend-key" : "run-color-" + color);
        Label label = new Label(text, swatch);
        label.getStyleClass().add("legend-entry");
        return label;
    }
}
