package org.digitlab.ui.training;

import java.io.File;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.StringConverter;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.EpochMetrics;
import org.digitlab.model.ModelFiles;
import org.digitlab.model.TrainingSettings;
import org.digitlab.training.TrainingSession;
import org.digitlab.ui.AppContext;

/**
 * The Training view's controller: buttons bound to the view-model's {@code can*} bindings, the
 * charts fed from its coalesced lists, the epochs' table, the session's runs to compare, and the
 * question asked when the window closes during a run.
 */
public final class TrainingView {

    /** Quick runs for a lesson on a slow laptop; 0 is every training image. */
    private static final java.util.List<Integer> LIMITS = java.util.List.of(0, 1_000, 5_000, 10_000, 30_000);

    private final TrainingViewModel viewModel;
    /** Where the model dialogs opened last. */
    private final java.util.prefs.Preferences preferences;

    @FXML private BorderPane root;
    @FXML private Label specLabel;
    @FXML private ChoiceBox<Integer> limitChoice;
    @FXML private Button startButton;
    @FXML private Button pauseButton;
    @FXML private Button resumeButton;
    @FXML private Button stopButton;
    @FXML private Label statusLabel;
    @FXML private ProgressBar progressBar;
    @FXML private Label epochLabel;
    @FXML private Label speedLabel;
    @FXML private Label etaLabel;
    @FXML private Label diagnosisLabel;
    @FXML private LineChart<Number, Number> lossChart;
    @FXML private LineChart<Number, Number> accuracyChart;
    @FXML private FlowPane legend;
    @FXML private TableView<EpochMetrics> epochTable;
    @FXML private ListView<RunRecord> runList;
    @FXML private VBox resultBox;
    @FXML private Label testAccuracyLabel;
    @FXML private Button useInDrawButton;
    @FXML private Button saveModelButton;
    @FXML private Button trainMoreButton;

    private RunCharts charts;
    /** Bidirectional bindings hold their ends weakly: the adapter lives here. */
    private ObjectProperty<Integer> limitObject;

    public TrainingView(AppContext context) {
        TrainingSession.Parts parts = new TrainingSession.Parts(context.engine().trainer(), context.splits(),
                TrainingSession.TestScorer.of(context.engine().evaluator()));
        this.viewModel = new TrainingViewModel(parts, context.engine().modelFiles(), context.background(),
                context.fx(), context.models()::use, context.probes());
        this.preferences = context.preferences();
    }

    public TrainingViewModel viewModel() {
        return viewModel;
    }

    RunCharts charts() {
        return charts;
    }

    /** The Architecture view's Train: this spec next, and at once unless a run is going on. */
    public void train(ArchitectureSpec spec) {
        viewModel.train(spec);
    }

    @FXML
    private void initialize() {
        startButton.disableProperty().bind(viewModel.canStartProperty().not());
        pauseButton.disableProperty().bind(viewModel.canPauseProperty().not());
        resumeButton.disableProperty().bind(viewModel.canResumeProperty().not());
        stopButton.disableProperty().bind(viewModel.canStopProperty().not());
        specLabel.textProperty().bind(Bindings.createStringBinding(() -> describe(viewModel.specProperty().get()),
                viewModel.specProperty()));
        statusLabel.textProperty().bind(viewModel.statusProperty());
        progressBar.progressProperty().bind(viewModel.progress().fractionProperty());
        epochLabel.textProperty().bind(viewModel.progress().epochTextProperty());
        speedLabel.textProperty().bind(viewModel.progress().speedTextProperty());
        etaLabel.textProperty().bind(viewModel.progress().etaTextProperty());
        diagnosisLabel.textProperty().bind(viewModel.diagnosisProperty());
        diagnosisLabel.visibleProperty().bind(viewModel.diagnosisProperty().isNotEmpty());
        diagnosisLabel.managedProperty().bind(diagnosisLabel.visibleProperty());
        bindLimit();
        bindCharts();
        bindEpochTable();
        bindRuns();
        bindResult();
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o, oldWindow, window) -> guardClosing(window));
                guardClosing(scene.getWindow());
            }
        });
    }

    private void bindLimit() {
        limitChoice.setItems(FXCollections.observableArrayList(LIMITS));
        limitChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer limit) {
                return limit == null || limit == 0 ? "all" : String.format(Locale.ROOT, "first %,d", limit);
            }

            @Override
            public Integer fromString(String text) {
                throw new UnsupportedOperationException("choices are not typed");
            }
        });
        limitObject = viewModel.limitProperty().asObject();
        limitChoice.valueProperty().bindBidirectional(limitObject);
        limitChoice.disableProperty().bind(viewModel.activeProperty());
    }

    private void bindCharts() {
        charts = new RunCharts(lossChart, accuracyChart, legend);
        charts.planEpochs(epochsOf(viewModel.specProperty().get()));
        viewModel.specProperty().addListener((obs, old, spec) -> charts.planEpochs(epochsOf(spec)));
        viewModel.onRunStarted(run -> charts.newLive(run.name(), run.color()));
        viewModel.curves().trace().addListener((ListChangeListener<LossPoint>) change -> {
            boolean appendOnly = true;
            while (change.next()) {
                appendOnly &= change.wasAdded() && !change.wasRemoved();
            }
            if (appendOnly) {
                change.reset();
                while (change.next()) {
                    charts.appendTrace(change.getAddedSubList());
                }
            } else {
                charts.replaceTrace(viewModel.curves().trace());
            }
        });
        viewModel.curves().epochs().addListener((ListChangeListener<EpochMetrics>) change -> {
            while (change.next()) {
                if (change.wasAdded()) {
                    charts.appendEpochs(change.getAddedSubList());
                }
            }
        });
    }

    private static int epochsOf(ArchitectureSpec spec) {
        return spec == null ? 10 : spec.training().epochs();
    }

    private void bindEpochTable() {
        EpochTable.install(epochTable, viewModel.curves().epochs());
    }

    private void bindRuns() {
        runList.setItems(viewModel.runs());
        // Wrapped to the list's width (no preferred width of its own), so a long run name takes
        // another line instead of making the list scroll sideways on a projector.
        var checkBoxCells = CheckBoxListCell.forListView(RunRecord::compared);
        runList.setCellFactory(list -> {
            var cell = checkBoxCells.call(list);
            cell.setWrapText(true);
            cell.setPrefWidth(0);
            return cell;
        });
        viewModel.runs().addListener((ListChangeListener<RunRecord>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(run -> run.compared().addListener((obs, was, now) -> showCompared()));
            }
            showCompared();
        });
    }

    private void showCompared() {
        charts.showCompared(viewModel.runs().stream().filter(run -> run.compared().get()).toList());
    }

    private void bindResult() {
        testAccuracyLabel.textProperty().bind(Bindings.createStringBinding(() -> {
            RunRecord run = viewModel.lastRunProperty().get();
            if (run == null) {
                return "No run has ended yet.";
            }
            return run.test() == null ? run.name() + ": no model to test"
                    : run.name() + ": test accuracy " + run.test().describe();
        }, viewModel.lastRunProperty()));
        useInDrawButton.disableProperty().bind(viewModel.canUseModelProperty().not());
        saveModelButton.disableProperty().bind(viewModel.canUseModelProperty().not());
        trainMoreButton.disableProperty().bind(viewModel.canTrainMoreProperty().not());
    }

    private static String describe(ArchitectureSpec spec) {
        if (spec == null) {
            return "No network chosen";
        }
        TrainingSettings s = spec.training();
        return String.format(Locale.ROOT, "%s · %s · %d epochs · batch %d · %s lr %s", spec.id(), s.datasetId(),
                s.epochs(), s.batchSize(), s.optimizer().name().toLowerCase(Locale.ROOT), s.learningRate());
    }

    // --- commands

    @FXML
    void start() {
        viewModel.start();
    }

    @FXML
    void pause() {
        viewModel.pause();
    }

    @FXML
    void resume() {
        viewModel.resume();
    }

    @FXML
    void stop() {
        viewModel.stop();
    }

    @FXML
    void useInDraw() {
        viewModel.useInDraw();
    }

    @FXML
    void trainMore() {
        viewModel.trainMore();
    }

    @FXML
    void saveModel() {
        File file = org.digitlab.ui.FileDialogs.save(modelChooser(), root.getScene().getWindow(), preferences);
        if (file != null) {
            viewModel.saveModel(file.toPath());
        }
    }

    private FileChooser modelChooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save model");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Digit Lab models", "*" + ModelFiles.EXTENSION));
        RunRecord run = viewModel.lastRunProperty().get();
        chooser.setInitialFileName((run == null ? "model" : run.spec().id() + "-run" + run.number())
                + ModelFiles.EXTENSION);
        return chooser;
    }

    // --- closing the window during a run

    private Window guarded;

    private void guardClosing(Window window) {
        if (window == null || window == guarded) {
            return;
        }
        guarded = window;
        window.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, event -> {
            if (viewModel.isActive()) {
                ClosingQuestion.ask(window, viewModel, () -> org.digitlab.ui.FileDialogs.save(modelChooser(), window, preferences),
                        event);
            }
        });
    }
}
