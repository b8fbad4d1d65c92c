package org.digitlab.ui.collect;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.digitlab.data.collected.CollectedSet;
import org.digitlab.data.collected.CollectedSets;
import org.digitlab.training.FineTuning;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.FileDialogs;
import org.digitlab.ui.common.ErrorMessages;
import org.digitlab.ui.state.ModelEntry;
import org.digitlab.ui.strokes.Stroke;

/**
 * Collect mode's controls, below the Draw view's canvas: the digit to draw, Keep and Skip, the
 * set's name, the writer's name, the order, the counts, Teach… and Share. The Draw view hands it
 * the drawing ({@link #attach}); the rest is {@link CollectViewModel}'s.
 */
public final class CollectView {

    private final AppContext context;
    private final CollectViewModel viewModel;
    /** What Teach… runs; tests make it tiny. */
    private FineTuning.Settings teachSettings = FineTuning.Settings.DEFAULT;
    private TeachWindow teachWindow;
    private ObservableList<Stroke> strokes;
    private Runnable clear;

    @FXML private VBox root;
    @FXML private Label promptLabel;
    @FXML private ComboBox<Integer> digitPicker;
    @FXML private Button collectKeepButton;
    @FXML private Button skipButton;
    @FXML private Button teachButton;
    @FXML private MenuItem exportItem;
    @FXML private TextField setField;
    @FXML private TextField writerField;
    @FXML private ChoiceBox<CollectViewModel.Order> orderChoice;
    @FXML private Label countsLabel;
    @FXML private Label collectStatus;

    public CollectView(AppContext context) {
        this.context = context;
        this.viewModel = new CollectViewModel(context.background(), context.fx(), context.datasets().collected(),
                Clock.systemUTC(), new Random());
    }

    public CollectViewModel viewModel() {
        return viewModel;
    }

    public VBox root() {
        return root;
    }

    @FXML
    private void initialize() {
        promptLabel.textProperty().bind(viewModel.promptProperty());
        digitPicker.getItems().setAll(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        digitPicker.valueProperty().bindBidirectional(viewModel.chosenProperty());
        digitPicker.visibleProperty().bind(viewModel.orderProperty().isEqualTo(CollectViewModel.Order.CHOSEN));
        digitPicker.managedProperty().bind(digitPicker.visibleProperty());
        skipButton.visibleProperty().bind(digitPicker.visibleProperty().not());
        skipButton.managedProperty().bind(skipButton.visibleProperty());
        orderChoice.getItems().setAll(CollectViewModel.Order.values());
        orderChoice.valueProperty().bindBidirectional(viewModel.orderProperty());
        setField.setText(viewModel.setNameProperty().get());
        // The set changes when the name is confirmed (Enter or leaving the field), not per key.
        setField.setOnAction(e -> commitSetName());
        setField.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commitSetName();
            }
        });
        writerField.textProperty().bindBidirectional(viewModel.writerProperty());
        countsLabel.textProperty().bind(viewModel.countsTextProperty());
        collectStatus.textProperty().bind(viewModel.statusProperty());
        teachButton.disableProperty().bind(viewModel.setIdProperty().isNull()
                .or(context.models().predictorProperty().isNull()));
        exportItem.disableProperty().bind(viewModel.setIdProperty().isNull());
    }

    /**
     * Connects the drawing: {@code strokes} is what Keep stores, {@code clear} empties the canvas
     * for the next digit.
     */
    public void attach(ObservableList<Stroke> drawing, ObservableBooleanValue blank, Runnable clearCanvas) {
        this.strokes = drawing;
        this.clear = clearCanvas;
        collectKeepButton.disableProperty().bind(viewModel.canKeep(blank).not());
    }

    /** The panel is shown: the set's counts are read (another window may have imported into it). */
    public void shown() {
        viewModel.reload();
    }

    /** Tests run Teach… with a few images instead of the default epochs. */
    public void setTeachSettings(FineTuning.Settings settings) {
        this.teachSettings = settings;
    }

    /** The Teach window once opened, for tests. */
    public TeachWindow teachWindow() {
        return teachWindow;
    }

    @FXML
    CompletableFuture<Void> keep() {
        return viewModel.keep(strokes, clear);
    }

    @FXML
    void skip() {
        viewModel.skip();
    }

    @FXML
    void teach() {
        ModelEntry entry = context.models().selectedProperty().get();
        if (context.models().getPredictor() == null || viewModel.setIdProperty().get() == null) {
            return;
        }
        if (teachWindow == null) {
            teachWindow = new TeachWindow(context, teachSettings, root.getScene());
        }
        teachWindow.show(context.models().getPredictor().model(), entry == null ? "model" : entry.name(),
                viewModel.setIdProperty().get(), viewModel.setNameProperty().get());
    }

    @FXML
    void exportSet() {
        String id = viewModel.setIdProperty().get();
        if (id == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the set");
        chooser.setInitialFileName(id + ".zip");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Zip", "*.zip"));
        File file = FileDialogs.save(chooser, root.getScene().getWindow(), context.preferences());
        if (file != null) {
            exportTo(file.toPath());
        }
    }

    /** Writes the set's zip off the FX thread; the status line says where or why not. */
    public CompletableFuture<Void> exportTo(Path zip) {
        String id = viewModel.setIdProperty().get();
        CollectedSets sets = context.datasets().collected();
        return CompletableFuture.runAsync(() -> {
            try {
                sets.exportTo(id, zip);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, context.background()).whenCompleteAsync((ok, error) -> viewModel.say(error == null ? "Exported to " + zip
                : "Export failed: " + ErrorMessages.of(error)), context.fx());
    }

    @FXML
    void importSet() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import a set of drawn digits");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Zip", "*.zip"));
        File file = FileDialogs.open(chooser, root.getScene().getWindow(), context.preferences());
        if (file != null) {
            importFrom(file.toPath());
        }
    }

    /**
     * Imports a zip off the FX thread: a set of the same name here is merged (drawings already in
     * it left out); the status line says what happened or, for a bad file, what is wrong with it.
     */
    public CompletableFuture<CollectedSets.ImportReport> importFrom(Path zip) {
        CollectedSets sets = context.datasets().collected();
        return CompletableFuture.supplyAsync(() -> {
            try {
                return sets.importFrom(zip, CollectedSets.Conflict.MERGE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, context.background()).whenCompleteAsync((report, error) -> {
            viewModel.say(error == null ? report.describe() : "Not imported: " + ErrorMessages.of(error));
            if (report != null) {
                setField.setText(report.name());
                commitSetName();
            }
        }, context.fx());
    }

    private void commitSetName() {
        try {
            CollectedSet.checkName(setField.getText());
        } catch (IllegalArgumentException e) {
            viewModel.say(e.getMessage());
            return;
        }
        viewModel.setNameProperty().set(setField.getText().strip());
    }
}
