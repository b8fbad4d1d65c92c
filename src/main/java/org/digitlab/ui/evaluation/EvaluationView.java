package org.digitlab.ui.evaluation;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.control.GridView;
import org.digitlab.model.EpochMetrics;
import org.digitlab.model.TrainedModel;
import org.digitlab.training.Calibration;
import org.digitlab.training.EvaluationResult;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.FileDialogs;
import org.digitlab.ui.controls.ConfusionMatrix;
import org.digitlab.ui.controls.PixelView;
import org.digitlab.ui.controls.StemPlot;

/** The Evaluation view's controller: binds the figures, the matrix and the gallery to the model. */
public final class EvaluationView {

    static final String MATRIX_CHART = "confusion-matrix";
    static final String CLASS_CHART = "per-class";
    static final String HISTORY_CHART = "history";

    private final AppContext context;
    private final EvaluationViewModel viewModel;
    private Consumer<float[]> onOpenInDraw = image -> { };
    private RobustnessWindow robustness;

    @FXML private BorderPane root;
    @FXML private ChoiceBox<EvaluationImages> splitChoice;
    @FXML private Button evaluateButton;
    @FXML private ProgressIndicator progress;
    @FXML private Label status;
    @FXML private MenuButton exportMenu;
    @FXML private Label accuracyLabel;
    @FXML private Label lossLabel;
    @FXML private Label examplesLabel;
    @FXML private Label calibrationLabel;
    @FXML private ConfusionMatrix confusionMatrix;
    @FXML private BarChart<String, Number> classChart;
    @FXML private LineChart<Number, Number> historyChart;
    @FXML private Label galleryTitle;
    @FXML private Button mistakesButton;
    @FXML private GridView<GalleryItem> gallery;
    @FXML private PixelView selectedImage;
    @FXML private StemPlot selectedProbabilities;
    @FXML private Label selectedCaption;
    @FXML private Button openInDrawButton;

    public EvaluationView(AppContext context) {
        this.context = context;
        this.viewModel = new EvaluationViewModel(context.background(), context.fx(), context.datasets(),
                context.engine().evaluator(), context.engine().modelFiles());
    }

    public EvaluationViewModel viewModel() {
        return viewModel;
    }

    /** What "Open in Draw" does with an image (values 0..1, ink bright, square); the shell wires it. */
    public void setOnOpenInDraw(Consumer<float[]> handler) {
        onOpenInDraw = handler;
    }

    @FXML
    private void initialize() {
        viewModel.modelProperty().bind(Bindings.createObjectBinding(() -> {
            var predictor = context.models().predictorProperty().get();
            return predictor == null ? null : predictor.model();
        }, context.models().predictorProperty()));
        listImages();
        // Drawn sets appear as a class makes them: the list is read again each time it opens.
        splitChoice.setOnShowing(e -> listImages());
        splitChoice.valueProperty().addListener((obs, old, images) -> {
            if (images != null) {
                viewModel.drawnSetProperty().set(images.drawnSet());
                if (images.split() != null) {
                    viewModel.splitProperty().set(images.split());
                }
            }
        });
        evaluateButton.disableProperty().bind(viewModel.canEvaluateProperty().not());
        progress.visibleProperty().bind(viewModel.runningProperty());
        status.textProperty().bind(viewModel.statusProperty());
        exportMenu.disableProperty().bind(viewModel.hasResultProperty().not());
        mistakesButton.disableProperty().bind(viewModel.hasResultProperty().not());
        galleryTitle.textProperty().bind(viewModel.galleryTitleProperty());
        confusionMatrix.selectedCellProperty().bind(viewModel.selectedCellProperty());
        confusionMatrix.setOnCellClicked(viewModel::showCell);
        gallery.setItems(viewModel.gallery());
        gallery.setCellFactory(grid -> new GalleryCell(viewModel));
        gallery.setCellWidth(GalleryCell.THUMBNAIL_SIZE + 12);
        gallery.setCellHeight(GalleryCell.THUMBNAIL_SIZE + 24);
        openInDrawButton.disableProperty().bind(viewModel.selectedItemProperty().isNull());
        viewModel.evaluatedProperty().addListener((obs, old, now) -> showFigures(now));
        viewModel.selectedItemProperty().addListener((obs, old, item) -> showItem(item));
        viewModel.modelProperty().addListener((obs, old, model) -> showHistory(model));
        Tooltip.install(classChart, new Tooltip("For each digit: precision says how often the network is right "
                + "when it answers that digit; recall, how many of that digit's images it finds."));
        Tooltip.install(historyChart, new Tooltip("The loss after each epoch (one pass over the training images) "
                + "while this model learnt. Lower is better."));
        Tooltip.install(selectedImage, new Tooltip("The chosen image, pixel by pixel, as the network saw it."));
        Tooltip.install(selectedProbabilities, new Tooltip("The network's ten probabilities for the chosen image; "
                + "the tallest is its answer."));
        showFigures(null);
        showItem(null);
    }

    /** The choices of Images: the model's test and training splits, then the drawn sets here. */
    private void listImages() {
        EvaluationImages chosen = splitChoice.getValue();
        var all = EvaluationImages.all(context.datasets().collected());
        if (!all.equals(splitChoice.getItems())) {
            splitChoice.getItems().setAll(all);
        }
        splitChoice.setValue(chosen != null && all.contains(chosen) ? chosen : all.get(0));
    }

    /** Tests on a drawn set (its id) or, with null, on the model's own test images. */
    public void testOn(String drawnSetId) {
        listImages();
        splitChoice.setValue(splitChoice.getItems().stream()
                .filter(i -> java.util.Objects.equals(i.drawnSet(), drawnSetId)).findFirst()
                .orElse(splitChoice.getItems().get(0)));
    }

    @FXML
    void evaluate() {
        viewModel.evaluate();
    }

    @FXML
    void openRobustness() {
        robustnessView();
        robustness.show(false);
    }

    @FXML
    void openCalibration() {
        robustnessView();
        robustness.show(true);
    }

    /** The robustness and calibration window's controller; the window is made on first use. */
    public RobustnessView robustnessView() {
        if (robustness == null) {
            robustness = new RobustnessWindow(context, viewModel.evaluatedProperty(), root.getScene());
        }
        return robustness.view();
    }

    @FXML
    void showMistakes() {
        viewModel.showMistakes();
    }

    @FXML
    void openInDraw() {
        float[] image = viewModel.image(viewModel.selectedItemProperty().get());
        if (image != null) {
            onOpenInDraw.accept(image);
        }
    }

    @FXML
    void exportPredictions() {
        File file = saveFile("Export predictions", "predictions.csv", "CSV files", "*.csv");
        if (file != null) {
            viewModel.exportPredictions(file.toPath());
        }
    }

    @FXML
    void exportMatrix() {
        File file = saveFile("Export the confusion matrix", MATRIX_CHART + ".png", "PNG images", "*.png");
        if (file != null) {
            viewModel.exportPicture(picture(confusionMatrix), file.toPath());
        }
    }

    @FXML
    void exportCharts() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder for the charts (PNG)");
        File dir = FileDialogs.folder(chooser, window(), context.preferences());
        if (dir != null) {
            charts().forEach((name, picture) -> viewModel.exportPicture(picture, dir.toPath().resolve(name + ".png")));
        }
    }

    @FXML
    void exportReport() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder for the run report");
        File dir = FileDialogs.folder(chooser, window(), context.preferences());
        if (dir != null) {
            String name = viewModel.evaluatedProperty().get().model().spec().id() + "-report";
            exportReportTo(dir.toPath().resolve(name));
        }
    }

    /** Writes the run report into {@code dir}: the charts are snapshotted here, on the FX thread. */
    public CompletableFuture<List<Path>> exportReportTo(Path dir) {
        return viewModel.exportReport(dir, charts());
    }

    private Map<String, Picture> charts() {
        Map<String, Picture> charts = new LinkedHashMap<>();
        charts.put(MATRIX_CHART, picture(confusionMatrix));
        charts.put(CLASS_CHART, picture(classChart));
        charts.put(HISTORY_CHART, picture(historyChart));
        return charts;
    }

    /** A node's pixels as they show now (at least 1×1: a hidden tab has not been laid out). */
    static Picture picture(Node node) {
        WritableImage image = node.snapshot(null, null);
        int w = Math.max(1, (int) image.getWidth());
        int h = Math.max(1, (int) image.getHeight());
        int[] argb = new int[w * h];
        if (image.getWidth() >= 1 && image.getHeight() >= 1) {
            image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        }
        return new Picture(w, h, argb);
    }

    private void showFigures(EvaluationViewModel.Evaluated evaluated) {
        EvaluationResult result = evaluated == null ? null : evaluated.result();
        confusionMatrix.countsProperty().set(result == null ? null : result.confusion());
        if (evaluated != null) {
            confusionMatrix.classLabelsProperty().set(evaluated.model().metadata().classLabels());
        }
        accuracyLabel.setText(result == null ? "–" : String.format(Locale.ROOT, "%.2f%%", 100 * result.accuracy()));
        lossLabel.setText(result == null ? "–" : String.format(Locale.ROOT, "%.4f", result.loss()));
        examplesLabel.setText(result == null ? "–" : String.format(Locale.ROOT, "%,d", result.examples()));
        calibrationLabel.setText(result == null ? "–" : String.format(Locale.ROOT, "%.2f%%",
                100 * Calibration.of(result.predictions(), Calibration.DEFAULT_BINS).expectedCalibrationError()));
        examplesLabel.setTooltip(evaluated == null ? null : new Tooltip(String.format(Locale.ROOT,
                "Measured on %,d %s images of %s: the images its training run kept for this.",
                evaluated.result().examples(), evaluated.setName(), evaluated.datasetId())));
        classChart.getData().clear();
        if (result != null) {
            XYChart.Series<String, Number> precision = new XYChart.Series<>();
            precision.setName("precision");
            XYChart.Series<String, Number> recall = new XYChart.Series<>();
            recall.setName("recall");
            for (int c = 0; c < result.precision().length; c++) {
                precision.getData().add(new XYChart.Data<>(String.valueOf(c), nanToZero(result.precision()[c])));
                recall.getData().add(new XYChart.Data<>(String.valueOf(c), nanToZero(result.recall()[c])));
            }
            classChart.getData().add(precision);
            classChart.getData().add(recall);
        }
    }

    private void showHistory(TrainedModel model) {
        historyChart.getData().clear();
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
        historyChart.getData().add(train);
        if (!validation.getData().isEmpty()) {
            historyChart.getData().add(validation);
        }
    }

    private void showItem(GalleryItem item) {
        int side = viewModel.imageSide();
        if (item == null || side == 0) {
            selectedImage.pixelsProperty().set(null);
            selectedProbabilities.probabilitiesProperty().set(null);
            selectedCaption.setText("");
            return;
        }
        selectedImage.sideProperty().set(side);
        selectedImage.pixelsProperty().set(viewModel.image(item));
        selectedProbabilities.probabilitiesProperty().set(item.probabilities());
        selectedCaption.setText(String.format(Locale.ROOT, "Image %d of the %s set: a %d, the network said %d "
                + "(%.1f%% sure).", item.index(), viewModel.evaluatedProperty().get().setName(), item.actual(),
                item.predicted(), 100 * item.confidence()));
    }

    private static double nanToZero(double value) {
        return Double.isNaN(value) ? 0 : value;
    }

    private File saveFile(String title, String name, String description, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        return FileDialogs.save(chooser, window(), context.preferences());
    }

    private Window window() {
        return root.getScene().getWindow();
    }
}
