package org.digitlab.ui.draw;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import org.digitlab.inference.Prediction;
import org.digitlab.lesson.Fool;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.collect.CollectView;
import org.digitlab.ui.controls.DrawingCanvas;
import org.digitlab.ui.controls.PixelView;
import org.digitlab.ui.controls.StemPlot;
import org.digitlab.ui.inside.NetworkView;
import org.digitlab.ui.inside.PreprocessView;
import org.digitlab.ui.inside.ProbesView;
import org.digitlab.ui.state.ModelEntry;

/** The Draw view's controller: binds the controls to a {@link DrawViewModel}. */
public final class DrawView {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private final AppContext context;
    private final DrawViewModel viewModel;

    @FXML private HBox root;
    @FXML private ComboBox<ModelEntry> modelPicker;
    @FXML private Slider brushSlider;
    @FXML private ToggleButton eraserToggle;
    @FXML private Label smallHint;
    @FXML private Button undoButton;
    @FXML private Button clearButton;
    @FXML private DrawingCanvas canvas;
    @FXML private SaliencyOverlay saliencyOverlay;
    @FXML private ExplainView explainController;
    @FXML private Label answerDigit;
    @FXML private Label answerConfidence;
    @FXML private StemPlot stemPlot;
    @FXML private PixelView modelInput;
    @FXML private Label inputTitle;
    @FXML private Tab preprocessTab;
    @FXML private Tab networkTab;
    @FXML private PreprocessView preprocessController;
    @FXML private NetworkView networkController;
    @FXML private ProbesView probesController;
    @FXML private ComboBox<Integer> intendedPicker;
    @FXML private Button keepButton;
    @FXML private Button galleryButton;
    @FXML private TabPane insideTabs;
    @FXML private ToggleButton collectToggle;
    @FXML private HBox challengeRow;
    @FXML private CollectView collectController;
    /** The gallery's window, made on first use and kept: its list follows the store all session. */
    private FoolsWindow gallery;

    public DrawView(AppContext context) {
        this.context = context;
        this.viewModel = new DrawViewModel(context.background(), context.fx());
    }

    public DrawViewModel viewModel() {
        return viewModel;
    }

    @FXML
    private void initialize() {
        viewModel.predictorProperty().bind(context.models().predictorProperty());
        modelPicker.setItems(context.models().entries());
        modelPicker.valueProperty().bindBidirectional(context.models().selectedProperty());
        brushSlider.valueProperty().bindBidirectional(viewModel.brushWidthProperty());
        canvas.setDrawingSize(DrawViewModel.SIZE);
        canvas.strokesProperty().set(viewModel.strokes());
        canvas.setOnStroke(viewModel::beginStroke, viewModel::extendStroke);
        canvas.setOnErase(viewModel::beginErase);
        eraserToggle.selectedProperty().bindBidirectional(viewModel.erasingProperty());
        smallHint.visibleProperty().bind(viewModel.smallProperty());
        undoButton.disableProperty().bind(viewModel.blankProperty());
        clearButton.disableProperty().bind(viewModel.blankProperty());
        stemPlot.probabilitiesProperty().bind(Bindings.createObjectBinding(
                () -> probabilities(viewModel.predictionProperty().get()), viewModel.predictionProperty()));
        stemPlot.emptyTextProperty().bind(Bindings.createStringBinding(() -> {
            String message = viewModel.messageProperty().get();
            return context.models().loadingProperty().get() ? "Loading model…" : message;
        }, viewModel.messageProperty(), context.models().loadingProperty()));
        answerDigit.textProperty().bind(Bindings.createStringBinding(
                () -> answer(viewModel.predictionProperty().get()), viewModel.predictionProperty()));
        answerConfidence.textProperty().bind(Bindings.createStringBinding(
                () -> confidence(viewModel.predictionProperty().get()), viewModel.predictionProperty()));
        modelInput.pixelsProperty().bind(viewModel.modelInputProperty());
        context.models().predictorProperty().addListener((obs, old, predictor) -> {
            if (predictor != null) {
                modelInput.sideProperty().set(predictor.imageSize());
                inputTitle.setText(String.format("What the network sees (%1$d\u00a0×\u00a0%1$d)",
                        predictor.imageSize()));
                stemPlot.classLabelsProperty().set(predictor.model().metadata().classLabels());
            }
        });
        root.sceneProperty().addListener((obs, old, scene) -> installKeys(scene));
        // The inspectors work only while their tab is chosen: no feature maps computed unseen.
        preprocessController.attach(viewModel.strokes(), preprocessTab.selectedProperty());
        networkController.attach(viewModel.strokes(), networkTab.selectedProperty());
        probesController.attach(viewModel.modelInputProperty());
        attachChallenge();
        explainController.attach(viewModel, saliencyOverlay);
        attachCollect();
    }

    /** The "Why?" card: saliency, nearest training images, "not a digit". */
    public ExplainView explain() {
        return explainController;
    }

    /** Collect mode swaps the challenge row for the collect panel: both under the canvas would not fit 720 px. */
    private void attachCollect() {
        collectController.attach(viewModel.strokes(), viewModel.blankProperty(), viewModel::clear);
        javafx.scene.Node panel = collectController.root();
        panel.visibleProperty().bind(collectToggle.selectedProperty());
        panel.managedProperty().bind(collectToggle.selectedProperty());
        challengeRow.visibleProperty().bind(collectToggle.selectedProperty().not());
        challengeRow.managedProperty().bind(challengeRow.visibleProperty());
        collectToggle.selectedProperty().addListener((obs, was, on) -> {
            if (on) {
                collectController.shown();
            }
        });
    }

    /** Collect mode's controls, for tests and the lesson driver. */
    public CollectView collect() {
        return collectController;
    }

    /** Switches collect mode on or off, as the toolbar's Collect button does. */
    public void setCollecting(boolean on) {
        collectToggle.setSelected(on);
    }

    private void attachChallenge() {
        ChallengeViewModel challenge = viewModel.challenge();
        intendedPicker.getItems().setAll(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        intendedPicker.valueProperty().bindBidirectional(challenge.intendedProperty());
        keepButton.disableProperty().bind(challenge.canKeepProperty().not());
        challenge.modelNameProperty().bind(Bindings.createStringBinding(() -> {
            ModelEntry entry = context.models().selectedProperty().get();
            return entry == null ? "" : entry.name();
        }, context.models().selectedProperty()));
        galleryButton.textProperty().bind(challenge.galleryTitleProperty());
    }

    /** Shows the gallery's window: a window of its own, so a teacher can put it full screen for the class. */
    @FXML
    void showGallery() {
        if (gallery == null) {
            gallery = new FoolsWindow(context, viewModel.challenge(), root.getScene(), this::openFool);
        }
        gallery.show();
    }

    /** A fool back in Draw, with the Preprocessing tab chosen: the class sees why it fooled the model. */
    void openFool(Fool fool) {
        viewModel.openFool(fool);
        insideTabs.getSelectionModel().select(preprocessTab);
        if (root.getScene() != null && root.getScene().getWindow() instanceof javafx.stage.Stage stage) {
            stage.toFront();
        }
    }

    @FXML
    void keepFool() {
        viewModel.challenge().keep();
    }

    public PreprocessView preprocess() {
        return preprocessController;
    }

    public NetworkView network() {
        return networkController;
    }

    public ProbesView probes() {
        return probesController;
    }

    /** Ctrl+Z and Delete/Backspace act on the drawing while the Draw view shows, not in text fields. */
    private void installKeys(Scene scene) {
        if (scene == null) {
            return;
        }
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!isShowing() || scene.getFocusOwner() instanceof TextInputControl) {
                return;
            }
            if (UNDO.match(e)) {
                viewModel.undo();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                viewModel.clear();
                e.consume();
            }
        });
    }

    /** The tab pane hides the content of unselected tabs: visible all the way up means showing. */
    private boolean isShowing() {
        for (javafx.scene.Node node = root; node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return root.getScene() != null;
    }

    /** "Open in Draw": the image becomes the drawing (values 0..1, ink bright, square). */
    public void openImage(float[] image) {
        viewModel.openImage(image);
    }

    @FXML
    void undo() {
        viewModel.undo();
    }

    @FXML
    void clear() {
        viewModel.clear();
    }

    private static float[] probabilities(Prediction prediction) {
        return prediction == null ? null : prediction.probabilities();
    }

    /** Nothing while there is no answer: the stem plot says why ("Draw a digit"). */
    private static String answer(Prediction prediction) {
        return prediction == null ? "" : String.valueOf(prediction.digit());
    }

    private static String confidence(Prediction prediction) {
        return prediction == null ? "" : String.format(Locale.ROOT, "%.1f%% sure", 100 * prediction.confidence());
    }
}
