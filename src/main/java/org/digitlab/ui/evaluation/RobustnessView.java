package org.digitlab.ui.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckListView;
import org.digitlab.training.Calibration;
import org.digitlab.training.Distortion;
import org.digitlab.training.SweepCurve;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.state.ModelEntry;

/**
 * The robustness window's controller: the sweep's models, chart and figures in one tab, the
 * evaluated model's reliability diagram in the other. State is in {@link RobustnessViewModel} and
 * the Evaluation view's {@link EvaluationViewModel.Evaluated}.
 */
public final class RobustnessView {

    /** The sample models notebook 001 compares: ticked when they are there. */
    static final List<String> DEFAULT_MODELS = List.of("mlp-512-256", "cnn-3conv");

    private final AppContext context;
    private final RobustnessViewModel viewModel;

    @FXML private TabPane tabs;
    @FXML private Tab sweepTab;
    @FXML private Tab calibrationTab;
    @FXML private CheckListView<ModelEntry> sweepModels;
    @FXML private ChoiceBox<Integer> limitChoice;
    @FXML private Button runButton;
    @FXML private Button cancelButton;
    @FXML private ProgressBar sweepProgress;
    @FXML private Label sweepStatus;
    @FXML private ChoiceBox<Distortion> distortionChoice;
    @FXML private LineChart<Number, Number> sweepChart;
    @FXML private NumberAxis sweepAxis;
    @FXML private Label sweepSummary;
    @FXML private Label calibrationTitle;
    @FXML private LineChart<Number, Number> reliabilityChart;
    @FXML private Label binCounts;

    public RobustnessView(AppContext context) {
        this.context = context;
        this.viewModel = new RobustnessViewModel(context.background(), context.fx(), context.datasets(),
                context.engine().evaluator(), context.engine().modelFiles());
    }

    public RobustnessViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        sweepModels.setItems(context.models().entries());
        sweepModels.getItems().addListener((ListChangeListener<ModelEntry>) change -> tickDefaults());
        tickDefaults();
        limitChoice.setItems(FXCollections.observableArrayList(500, 1_000, 2_000, 5_000));
        limitChoice.setValue(viewModel.limitProperty().get());
        limitChoice.valueProperty().addListener((obs, old, now) -> viewModel.limitProperty().set(now));
        viewModel.limitProperty().addListener((obs, old, now) -> limitChoice.setValue(now.intValue()));
        runButton.disableProperty().bind(viewModel.runningProperty()
                .or(Bindings.isEmpty(sweepModels.getCheckModel().getCheckedItems())));
        cancelButton.disableProperty().bind(viewModel.canCancelProperty().not());
        sweepProgress.progressProperty().bind(viewModel.progressProperty());
        sweepProgress.visibleProperty().bind(viewModel.runningProperty());
        sweepStatus.textProperty().bind(viewModel.statusProperty());
        distortionChoice.setItems(FXCollections.observableArrayList(Distortion.values()));
        distortionChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Distortion d) {
                return d == null ? "" : d.id();
            }

            @Override
            public Distortion fromString(String s) {
                return Distortion.byId(s);
            }
        });
        distortionChoice.valueProperty().bindBidirectional(viewModel.shownProperty());
        viewModel.shownProperty().addListener((obs, old, now) -> showCurves());
        viewModel.curves().addListener((ListChangeListener<SweepCurve>) change -> showCurves());
        Tooltip.install(sweepChart, new Tooltip("Each model's accuracy on the test digits distorted by the amount "
                + "on the bottom axis. A flat line: the model does not mind; a falling one: it loses the digits."));
        sweepSummary.setTooltip(new Tooltip("Over the sweep: the mean accuracy over all 34 distorted copies of the "
                + "test images (5 distortions, 5 to 11 amounts each), one number to compare models. Under 50% from: "
                + "the shift at which the model gets fewer than half the digits right, between the steps measured."));
        Tooltip.install(reliabilityChart, new Tooltip("Each point is a group of answers the network was about "
                + "equally sure of: across, how sure it was on average; up, how many of them were right. On the "
                + "dashed diagonal, its confidence means what it says; below it, it is over-confident."));
        showCurves();
        showCalibration(null);
    }

    /** Shows the reliability diagram of each evaluation as it arrives. */
    public void attach(ReadOnlyObjectProperty<EvaluationViewModel.Evaluated> evaluated) {
        evaluated.addListener((obs, old, now) -> showCalibration(now));
        showCalibration(evaluated.get());
    }

    /** Brings the sweep's tab (false) or the calibration's (true) to the front. */
    public void select(boolean calibration) {
        tabs.getSelectionModel().select(calibration ? calibrationTab : sweepTab);
    }

    @FXML
    void run() {
        viewModel.run(List.copyOf(sweepModels.getCheckModel().getCheckedItems()));
    }

    @FXML
    void cancel() {
        viewModel.cancel();
    }

    private void tickDefaults() {
        if (!sweepModels.getCheckModel().getCheckedItems().isEmpty()) {
            return;
        }
        for (ModelEntry entry : sweepModels.getItems()) {
            if (DEFAULT_MODELS.contains(entry.name())) {
                sweepModels.getCheckModel().check(entry);
            }
        }
    }

    private void showCurves() {
        Distortion shown = viewModel.shownProperty().get();
        sweepAxis.setLabel(axisLabel(shown));
        // The axis spans exactly the amounts tried, one tick per step (auto-ranging ends a shift at 11).
        List<Double> amounts = shown.amounts();
        sweepAxis.setLowerBound(amounts.get(0));
        sweepAxis.setUpperBound(amounts.get(amounts.size() - 1));
        sweepAxis.setTickUnit(amounts.get(1) - amounts.get(0));
        sweepChart.getData().clear();
        for (SweepCurve curve : viewModel.curves()) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(curve.model());
            for (SweepCurve.Point p : curve.of(shown)) {
                series.getData().add(new XYChart.Data<>(p.amount(), p.accuracy()));
            }
            sweepChart.getData().add(series);
        }
        sweepSummary.setText(viewModel.curves().isEmpty() ? "Run a sweep to see each model's figures."
                : viewModel.curves().stream().map(RobustnessViewModel::describe).collect(Collectors.joining("\n")));
    }

    static String axisLabel(Distortion d) {
        return switch (d) {
            case SHIFT -> "shift (pixels)";
            case ROTATE -> "rotation (degrees, clockwise)";
            case SCALE -> "size (× the original)";
            case STROKE -> "strokes (thinner −, bolder +)";
            case NOISE -> "noise (share of full ink)";
        };
    }

    private void showCalibration(EvaluationViewModel.Evaluated evaluated) {
        reliabilityChart.getData().clear();
        if (evaluated == null) {
            calibrationTitle.setText("Evaluate a model in the Evaluation view to see whether its confidence is honest.");
            binCounts.setText("");
            return;
        }
        Calibration c = Calibration.of(evaluated.result().predictions(), Calibration.DEFAULT_BINS);
        calibrationTitle.setText(String.format(Locale.ROOT, "%s on %,d %s images: calibration error %.2f%%",
                evaluated.model().spec().id(), c.examples(), evaluated.setName(), 100 * c.expectedCalibrationError()));
        XYChart.Series<Number, Number> model = new XYChart.Series<>();
        model.setName(evaluated.model().spec().id());
        XYChart.Series<Number, Number> perfect = new XYChart.Series<>();
        perfect.setName("honest confidence");
        perfect.getData().add(new XYChart.Data<>(0, 0));
        perfect.getData().add(new XYChart.Data<>(1, 1));
        for (Calibration.Bin bin : c.bins()) {
            if (bin.count() > 0) {
                model.getData().add(new XYChart.Data<>(bin.meanConfidence(), bin.accuracy()));
            }
        }
        reliabilityChart.getData().add(model);
        reliabilityChart.getData().add(perfect);
        List<Calibration.Bin> shown = c.bins().stream().filter(b -> b.count() > 0).toList();
        for (int i = 0; i < shown.size(); i++) {
            Calibration.Bin bin = shown.get(i);
            Tooltip.install(model.getData().get(i).getNode(), new Tooltip(describe(bin)));
        }
        List<Calibration.Bin> mostSureFirst = new java.util.ArrayList<>(shown);
        java.util.Collections.reverse(mostSureFirst);
        binCounts.setText("Answers per confidence bin, most sure first: " + mostSureFirst.stream()
                .map(b -> String.format(Locale.ROOT, "%s %,d (%.1f%% right)", range(b), b.count(), 100 * b.accuracy()))
                .collect(Collectors.joining(" · "))
                + ". Calibration error: how far confidence and accuracy differ, averaged over all answers.");
    }

    private static String range(Calibration.Bin bin) {
        return String.format(Locale.ROOT, "%.0f–%.0f%%:", 100 * bin.lower(), 100 * bin.upper());
    }

    static String describe(Calibration.Bin bin) {
        return String.format(Locale.ROOT, "%,d answers given %.0f–%.0f%% sure: on average %.1f%% sure, %.1f%% right",
                bin.count(), 100 * bin.lower(), 100 * bin.upper(), 100 * bin.meanConfidence(), 100 * bin.accuracy());
    }
}
