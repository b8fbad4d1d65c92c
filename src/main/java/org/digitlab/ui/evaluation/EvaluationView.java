package org.digitlab.ui.evaluation;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.controlsfx.control.GridView;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.FileDialogs;
import org.digitlab.ui.controls.ConfusionMatrix;
import org.digitlab.ui.controls.PixelView;
import org.digitlab.ui.controls.StemPlot;

/**
 * The Evaluation view's controller: the toolbar (images, Evaluate, Robustness…, status), the
 * exports and Open in Draw. The figures and charts are drawn by {@link FiguresPanel}, the matrix's
 * clicks, the gallery and the picked image are wired by {@link GalleryPanel}.
 */
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
        listImages(); // after the listener, so the first choice shown is also the one evaluated
        evaluateButton.disableProperty().bind(viewModel.canEvaluateProperty().not());
        progress.visibleProperty().bind(viewModel.runningProperty());
        status.textProperty().bind(viewModel.statusProperty());
        exportMenu.disableProperty().bind(viewModel.hasResultProperty().not());
        new FiguresPanel(accuracyLabel, lossLabel, examplesLabel, calibrationLabel, confusionMatrix, classChart,
                historyChart).attach(viewModel);
        new GalleryPanel(confusionMatrix, galleryTitle, mistakesButton, gallery, selectedImage,
                selectedProbabilities, selectedCaption, openInDrawButton).attach(viewModel);
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
                .filter(i -> Objects.equals(i.drawnSet(), drawnSetId)).findFirst()
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
        viewModel.gallery().showMistakes();
    }

    @FXML
    void openInDraw() {
        Gallery shown = viewModel.gallery();
        float[] image = shown.image(shown.selectedItemProperty().get());
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
