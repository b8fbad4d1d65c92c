package org.digitlab.ui.evaluation;

import java.util.Locale;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.digitlab.model.EpochMetrics;
import org.digitlab.model.TrainedModel;
import org.digitlab.training.Calibration;
import org.digitlab.training.EvaluationResult;
import org.digitlab.ui.controls.ConfusionMatrix;

/**
 * The Evaluation view's read-only figures: accuracy, loss, image count and calibration, the
 * confusion matrix's counts, the per-digit precision and recall chart and the loss-per-epoch chart,
 * all redrawn when the figures or the model change.
 *
 * <p>Apart from {@link EvaluationView} because turning a result into labels and chart series is
 * drawing, not control: the view keeps the toolbar, the exports and the windows it opens, and this
 * class is the one place that knows how a figure is formatted or a chart series made.
 */
final class FiguresPanel {

    private final Label accuracy;
    private final Label loss;
    private final Label examples;
    private final Label calibration;
    private final ConfusionMatrix matrix;
    private final BarChart<String, Number> perClass;
    private final LineChart<Number, Number> history;

    FiguresPanel(Label accuracy, Label loss, Label examples, Label calibration, ConfusionMatrix matrix,
            BarChart<String, Number> perClass, LineChart<Number, Number> history) {
        this.accuracy = accuracy;
        this.loss = loss;
        this.examples = examples;
        this.calibration = calibration;
        this.matrix = matrix;
        this.perClass = perClass;
        this.history = history;
    }

    /** Follows the view-model's figures and model from now on; shows "–" until the first figures. */
    void attach(EvaluationViewModel viewModel) {
        viewModel.evaluatedProperty().addListener((obs, old, now) -> show(now));
        viewModel.modelProperty().addListener((obs, old, model) -> showHistory(model));
        Tooltip.install(perClass, new Tooltip("For each digit: precision says how often the network is right "
                + "when it answers that digit; recall, how many of that digit's images it finds."));
        Tooltip.install(history, new Tooltip("The loss after each epoch (one pass over the training images) "
                + "while this model learnt. Lower is better."));
        show(null);
    }

    private void show(EvaluationViewModel.Evaluated evaluated) {
        EvaluationResult result = evaluated == null ? null : evaluated.result();
        matrix.countsProperty().set(result == null ? null : result.confusion());
        if (evaluated != null) {
            matrix.classLabelsProperty().set(evaluated.model().metadata().classLabels());
        }
        accuracy.setText(result == null ? "–" : String.format(Locale.ROOT, "%.2f%%", 100 * result.accuracy()));
        loss.setText(result == null ? "–" : String.format(Locale.ROOT, "%.4f", result.loss()));
        examples.setText(result == null ? "–" : String.format(Locale.ROOT, "%,d", result.examples()));
        calibration.setText(result == null ? "–" : String.format(Locale.ROOT, "%.2f%%",
                100 * Calibration.of(result.predictions(), Calibration.DEFAULT_BINS).expectedCalibrationError()));
        examples.setTooltip(evaluated == null ? null : new Tooltip(String.format(Locale.ROOT,
                "Measured on %,d %s images of %s: the images its training run kept for this.",
                evaluated.result().examples(), evaluated.setName(), evaluated.datasetId())));
        showPerClass(result);
    }

    private void showPerClass(EvaluationResult result) {
        perClass.getData().clear();
        if (result == null) {
            return;
        }
        XYChart.Series<String, Number> precision = new XYChart.Series<>();
        precision.setName("precision");
        XYChart.Series<String, Number> recall = new XYChart.Series<>();
        recall.setName("recall");
        for (int c = 0; c < result.precision().length; c++) {
            precision.getData().add(new XYChart.Data<>(String.valueOf(c), nanToZero(result.precision()[c])));
            recall.getData().add(new XYChart.Data<>(String.valueOf(c), nanToZero(result.recall()[c])));
        }
        perClass.getData().add(precision);
        perClass.getData().add(recall);
    }

    private void showHistory(TrainedModel model) {
        history.getData().clear();
        if (model == null || model.history().isEmpty()) {
            return;
        }
        XYChart.Series<Number, Number> train = new XYChart.Series<>();
        train.setName("training loss");
        XYChart.Series<Number, Number> validation = new XYChart.Series<>();
        validation.setName("validation loss");
        for (EpochMetrics epoch : model.history().epochs()) {
            train.getData().add(new XYChart.Data<>(epoch.epoch(), epoch.trainLoss()));
            if (epoch.hasValidation()) {
                validation.getData().add(new XYChart.Data<>(epoch.epoch(), epoch.valLoss()));
            }
        }
        history.getData().add(train);
        if (!validation.getData().isEmpty()) {
            history.getData().add(validation);
        }
    }

    private static double nanToZero(double value) {
        return Double.isNaN(value) ? 0 : value;
    }
}
