package org.digitlab.ui.architecture;

import java.io.File;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import org.digitlab.data.DatasetCatalog;
import org.digitlab.data.DatasetInfo;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.LayerSpec;
import org.digitlab.model.Loss;
import org.digitlab.model.Optimizer;
import org.digitlab.model.SplitKind;
import org.digitlab.model.TrainingSettings;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.FileDialogs;

/** The Architecture view's controller: binds the preset list, layer table and settings to the view-model. */
public final class ArchitectureView {

    private static final int MAX_BATCH = 60_000;
    private static final int MAX_EPOCHS = 500;
    private static final double FRACTION_STEP = 0.05;
    private static final double DECAY_STEP = 0.05;
    private static final double MAX_FRACTION = 0.9;

    private final ArchitectureViewModel viewModel;
    private final java.util.prefs.Preferences preferences;

    @FXML private BorderPane root;
    @FXML private ListView<ArchitectureSpec> presetList;
    @FXML private Label presetStory;
    @FXML private ChoiceBox<LayerKind> newLayerKind;
    @FXML private Button removeButton;
    @FXML private Button upButton;
    @FXML private Button downButton;
    @FXML private TableView<LayerSpec> layerTable;
    @FXML private Label problemLabel;
    @FXML private Label totalParams;
    @FXML private TextArea summaryText;
    @FXML private ChoiceBox<Optimizer> optimizerChoice;
    @FXML private TextField learningRateField;
    @FXML private ChoiceBox<Loss> lossChoice;
    @FXML private Spinner<Integer> batchSpinner;
    @FXML private Spinner<Integer> epochsSpinner;
    @FXML private TextField seedField;
    @FXML private Spinner<Double> decaySpinner;
    @FXML private Spinner<Integer> shiftSpinner;
    @FXML private CheckBox strokesCheck;
    @FXML private ChoiceBox<String> datasetChoice;
    @FXML private ChoiceBox<SplitKind> splitChoice;
    @FXML private Spinner<Double> fractionSpinner;
    @FXML private Button trainButton;
    @FXML private Label message;

    // Bidirectional bindings hold their ends weakly: keep the object adapters alive here.
    private ObjectProperty<Integer> batchObject;
    private ObjectProperty<Integer> epochsObject;
    private ObjectProperty<Double> fractionObject;
    private ObjectProperty<Double> learningRateObject;
    private ObjectProperty<Long> seedObject;
    private ObjectProperty<Double> decayObject;
    private ObjectProperty<Integer> shiftObject;

    public ArchitectureView(AppContext context) {
        this.preferences = context.preferences();
        this.viewModel = new ArchitectureViewModel(context.background(), context.fx());
    }

    public ArchitectureViewModel viewModel() {
        return viewModel;
    }

    /** Train hands the edited spec to this handler (the shell switches to the Training view). */
    public void setOnTrain(Consumer<ArchitectureSpec> handler) {
        viewModel.setOnTrain(handler);
    }

    @FXML
    private void initialize() {
        bindPresets();
        bindTable();
        bindSettings();
        problemLabel.textProperty().bind(viewModel.problemTextProperty());
        totalParams.textProperty().bind(viewModel.totalParamsProperty());
        summaryText.textProperty().bind(viewModel.summaryTextProperty());
        trainButton.disableProperty().bind(viewModel.canTrainProperty().not());
        message.textProperty().bind(viewModel.messageProperty());
    }

    private void bindPresets() {
        presetList.setItems(viewModel.presets());
        presetList.setCellFactory(list -> new PresetCell());
        presetList.getSelectionModel().select(viewModel.presetProperty().get());
        presetList.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null) {
                viewModel.presetProperty().set(chosen);
            }
        });
        viewModel.presetProperty().addListener((obs, old, chosen) -> {
            presetList.getSelectionModel().select(chosen);
            presetStory.setText(chosen == null ? "" : chosen.description());
        });
        presetStory.setText(viewModel.presetProperty().get().description());
    }

    private void bindTable() {
        LayerTableColumns.install(layerTable, viewModel);
        layerTable.setItems(viewModel.layers());
        newLayerKind.setItems(FXCollections.observableArrayList(LayerKind.values()));
        newLayerKind.setValue(LayerKind.DENSE);
        var nothingSelected = layerTable.getSelectionModel().selectedItemProperty().isNull();
        removeButton.disableProperty().bind(nothingSelected);
        upButton.disableProperty().bind(nothingSelected);
        downButton.disableProperty().bind(nothingSelected);
        // Shapes, parameters and problems follow every edit: redraw the rows that show them.
        viewModel.problems().addListener((ListChangeListener<Object>) c -> layerTable.refresh());
        viewModel.summaryRows().addListener((ListChangeListener<Object>) c -> layerTable.refresh());
    }

    private void bindSettings() {
        bindChoices();
        bindSizes();
        bindNumbers();
        bindAugmentation();
    }

    /** Optimizer, loss, split and dataset: choice boxes of the enums' own names. */
    private void bindChoices() {
        optimizerChoice.setItems(FXCollections.observableArrayList(Optimizer.values()));
        optimizerChoice.valueProperty().bindBidirectional(viewModel.settings().optimizerProperty());
        optimizerChoice.setConverter(SettingsControls.enumNames());
        lossChoice.setItems(FXCollections.observableArrayList(Loss.values()));
        lossChoice.valueProperty().bindBidirectional(viewModel.settings().lossProperty());
        lossChoice.setConverter(SettingsControls.enumNames());
        splitChoice.setItems(FXCollections.observableArrayList(SplitKind.values()));
        splitChoice.valueProperty().bindBidirectional(viewModel.settings().splitProperty());
        splitChoice.setConverter(SettingsControls.enumNames());
        datasetChoice.setItems(FXCollections.observableArrayList(
                DatasetCatalog.all().stream().map(DatasetInfo::id).toList()));
        datasetChoice.valueProperty().bindBidirectional(viewModel.settings().datasetProperty());
    }

    /** Batch size, epochs, validation fraction: spinners that commit a typed value on focus loss. */
    private void bindSizes() {
        batchObject = viewModel.settings().batchSizeProperty().asObject();
        batchSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, MAX_BATCH));
        batchSpinner.getValueFactory().valueProperty().bindBidirectional(batchObject);
        epochsObject = viewModel.settings().epochsProperty().asObject();
        epochsSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, MAX_EPOCHS));
        epochsSpinner.getValueFactory().valueProperty().bindBidirectional(epochsObject);
        fractionObject = viewModel.settings().validationFractionProperty().asObject();
        fractionSpinner.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(0, MAX_FRACTION, 0,
                FRACTION_STEP));
        fractionSpinner.getValueFactory().valueProperty().bindBidirectional(fractionObject);
        fractionSpinner.disableProperty().bind(viewModel.settings().splitProperty().isEqualTo(SplitKind.TRAIN_TEST));
        SettingsControls.commitOnFocusLoss(batchSpinner);
        SettingsControls.commitOnFocusLoss(epochsSpinner);
        SettingsControls.commitOnFocusLoss(fractionSpinner);
    }

    /** Learning rate and seed: text fields that take numbers only. */
    private void bindNumbers() {
        learningRateObject = viewModel.settings().learningRateProperty().asObject();
        TextFormatter<Double> lr = new TextFormatter<>(new SettingsControls.NumberText<>(Double::valueOf),
                viewModel.settings().learningRateProperty().get());
        learningRateField.setTextFormatter(lr);
        lr.valueProperty().bindBidirectional(learningRateObject);
        seedObject = viewModel.settings().seedProperty().asObject();
        TextFormatter<Long> seed = new TextFormatter<>(new SettingsControls.NumberText<>(Long::valueOf),
                viewModel.settings().seedProperty().get());
        seedField.setTextFormatter(seed);
        seed.valueProperty().bindBidirectional(seedObject);
    }

    /** The training aids beyond the notebooks: learning-rate decay, shifted images, mouse strokes. */
    private void bindAugmentation() {
        decayObject = viewModel.settings().learningRateDecayProperty().asObject();
        decaySpinner.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(0,
                SettingsForm.MAX_DECAY, 0, DECAY_STEP));
        decaySpinner.getValueFactory().valueProperty().bindBidirectional(decayObject);
        shiftObject = viewModel.settings().shiftProperty().asObject();
        shiftSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0,
                TrainingSettings.MAX_SHIFT, 0));
        shiftSpinner.getValueFactory().valueProperty().bindBidirectional(shiftObject);
        strokesCheck.selectedProperty().bindBidirectional(viewModel.settings().strokesProperty());
        SettingsControls.commitOnFocusLoss(decaySpinner);
        SettingsControls.commitOnFocusLoss(shiftSpinner);
    }

    // --- commands

    @FXML
    void addLayer() {
        int selected = layerTable.getSelectionModel().getSelectedIndex();
        int at = selected < 0 ? viewModel.layers().size() : selected + 1;
        viewModel.addLayer(at, newLayerKind.getValue());
        layerTable.getSelectionModel().clearAndSelect(at);
    }

    @FXML
    void removeLayer() {
        viewModel.removeLayer(layerTable.getSelectionModel().getSelectedIndex());
    }

    @FXML
    void moveUp() {
        move(-1);
    }

    @FXML
    void moveDown() {
        move(1);
    }

    private void move(int by) {
        int moved = viewModel.moveLayer(layerTable.getSelectionModel().getSelectedIndex(), by);
        layerTable.getSelectionModel().clearAndSelect(moved);
    }

    @FXML
    void resetToPreset() {
        viewModel.resetToPreset();
    }

    @FXML
    void train() {
        viewModel.train();
    }

    @FXML
    void saveSpec() {
        FileChooser chooser = jsonChooser("Save architecture");
        chooser.setInitialFileName(viewModel.getSpec().id() + ".json");
        File file = FileDialogs.save(chooser, root.getScene().getWindow(), preferences);
        if (file != null) {
            viewModel.save(file.toPath());
        }
    }

    @FXML
    void openSpec() {
        File file = FileDialogs.open(jsonChooser("Open architecture"), root.getScene().getWindow(), preferences);
        if (file != null) {
            viewModel.open(file.toPath());
        }
    }

    private static FileChooser jsonChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Architecture JSON", "*.json"));
        return chooser;
    }
}
