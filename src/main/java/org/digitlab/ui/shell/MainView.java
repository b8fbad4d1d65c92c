package org.digitlab.ui.shell;

import java.io.File;
import java.util.concurrent.CompletableFuture;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.digitlab.data.dl4j.NativeSetup;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.architecture.ArchitectureView;
import org.digitlab.ui.training.AutoTrain;
import org.digitlab.ui.training.TrainingView;

/** The main window's controller: status bar bindings and the window-wide shortcuts. */
public final class MainView {

    private final AppContext context;

    @FXML private BorderPane root;
    @FXML private TabPane sections;
    @FXML private Tab trainingTab;
    @FXML private ArchitectureView architectureController;
    @FXML private TrainingView trainingController;
    @FXML private Label modelStatus;
    @FXML private Label datasetStatus;
    @FXML private Label backendStatus;

    public MainView(AppContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        modelStatus.textProperty().bind(context.models().statusProperty());
        connectArchitectureToTraining();
        datasetStatus.textProperty().bind(javafx.beans.binding.Bindings.concat("dataset: ", context.dataset()));
        // ND4J starts with the first model; until then the status bar says so.
        backendStatus.setText("starting ND4J…");
        context.models().predictorProperty().addListener((obs, old, ready) -> {
            if (ready != null) {
                CompletableFuture.supplyAsync(() -> NativeSetup.apply().describe(), context.background())
                        .thenAcceptAsync(backendStatus::setText, context.fx());
            }
        });
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                        this::openModel);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F11), this::toggleFullScreen);
            }
        });
    }

    public ArchitectureView architectureView() {
        return architectureController;
    }

    public TrainingView trainingView() {
        return trainingController;
    }

    /** Train in the Architecture view hands its spec to the Training view, which starts at once. */
    private void connectArchitectureToTraining() {
        trainingController.viewModel().specProperty().set(architectureController.viewModel().getSpec());
        architectureController.setOnTrain(spec -> {
            sections.getSelectionModel().select(trainingTab);
            trainingController.train(spec);
        });
        AutoTrain.fromSystemProperties().ifPresent(auto -> auto.begin(trainingController,
                () -> sections.getSelectionModel().select(trainingTab)));
    }

    /** Ctrl+O: a model file becomes the current model. */
    @FXML
    void openModel() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open model");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Digit Lab models", "*.zip"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            context.models().open(file.toPath());
        }
    }

    private void toggleFullScreen() {
        Stage stage = (Stage) root.getScene().getWindow();
        stage.setFullScreen(!stage.isFullScreen());
    }
}
