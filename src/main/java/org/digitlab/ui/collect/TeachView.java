package org.digitlab.ui.collect;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.digitlab.model.TrainedModel;
import org.digitlab.training.FineTuning;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.FileDialogs;
import org.digitlab.ui.common.ErrorMessages;

/** The Teach window's controller: binds {@link TeachViewModel} to the controls. */
public final class TeachView {

    private final AppContext context;
    private TeachViewModel viewModel;
    private TrainedModel model;
    private String modelName;
    private String setId;
    private String setName;

    @FXML private VBox root;
    @FXML private Label titleLabel;
    @FXML private Label explainLabel;
    @FXML private Button teachStartButton;
    @FXML private ProgressBar teachProgress;
    @FXML private Label mnistBefore;
    @FXML private Label mnistAfter;
    @FXML private Label drawnBefore;
    @FXML private Label drawnAfter;
    @FXML private Label heldOutBefore;
    @FXML private Label heldOutAfter;
    @FXML private Label teachStatus;
    @FXML private Button teachUseButton;
    @FXML private Button teachSaveButton;

    public TeachView(AppContext context) {
        this.context = context;
    }

    void useSettings(FineTuning.Settings settings) {
        viewModel = new TeachViewModel(context.background(), context.fx(), context.datasets(),
                new FineTuning(context.engine().trainer(), context.engine().evaluator()), settings);
        teachStartButton.disableProperty().bind(viewModel.runningProperty());
        teachProgress.progressProperty().bind(viewModel.progressProperty());
        teachStatus.textProperty().bind(viewModel.statusProperty());
        teachUseButton.disableProperty().bind(viewModel.hasModelProperty().not().or(viewModel.runningProperty()));
        teachSaveButton.disableProperty().bind(teachUseButton.disableProperty());
        viewModel.reportProperty().addListener((obs, old, report) -> showFigures(report));
    }

    public TeachViewModel viewModel() {
        return viewModel;
    }

    /** The model and set to teach; the figures of an earlier run are cleared. */
    void prepare(TrainedModel startModel, String startName, String id, String name) {
        this.model = startModel;
        this.modelName = startName;
        this.setId = id;
        this.setName = name;
        FineTuning.Settings s = viewModel.settings();
        titleLabel.setText("Teach " + startName + " our handwriting");
        explainLabel.setText(String.format(Locale.ROOT, "It goes on learning for %d short epoch%s of %,d images:"
                        + " MNIST digits, and %.0f%% drawings of '%s' (shown again and again), at a low learning rate"
                        + " so that it keeps what MNIST taught it. %.0f%% of the drawings are held out: it never"
                        + " learns from them, so they show whether it learnt our handwriting or only our drawings.",
                s.epochs(), s.epochs() == 1 ? "" : "s", s.imagesPerEpoch(), 100 * s.drawnShare(), name,
                100 * s.heldOutShare()));
        if (!viewModel.runningProperty().get()) {
            showFigures(null);
        }
    }

    @FXML
    public CompletableFuture<FineTuning.Report> start() {
        return viewModel.start(model, setId);
    }

    @FXML
    void useInDraw() {
        FineTuning.Report report = viewModel.reportProperty().get();
        if (report != null) {
            context.models().use(TeachViewModel.taughtName(model, setName), report.model());
        }
    }

    @FXML
    void save() {
        FineTuning.Report report = viewModel.reportProperty().get();
        if (report == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the taught model");
        chooser.setInitialFileName(modelName + "-" + setId + ".zip");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Model file", "*.zip"));
        File file = FileDialogs.save(chooser, root.getScene().getWindow(), context.preferences());
        if (file != null) {
            saveTo(file.toPath());
        }
    }

    /** Writes the taught model off the FX thread; the status line says where or why not. */
    public CompletableFuture<Void> saveTo(Path file) {
        FineTuning.Report report = viewModel.reportProperty().get();
        return CompletableFuture.runAsync(() -> {
            try {
                context.engine().modelFiles().save(report.model(), file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, context.background()).whenCompleteAsync((ok, error) -> {
            teachStatus.textProperty().unbind();
            teachStatus.setText(error == null ? "Saved " + file : "Cannot save " + file.getFileName() + ": "
                    + ErrorMessages.of(error));
        }, context.fx());
    }

    private void showFigures(FineTuning.Report report) {
        mnistBefore.setText(report == null ? "–" : TeachViewModel.percent(report.before().mnistTest()));
        mnistAfter.setText(report == null ? "–" : TeachViewModel.percent(report.after().mnistTest()));
        drawnBefore.setText(report == null ? "–" : TeachViewModel.percent(report.before().drawn()));
        drawnAfter.setText(report == null ? "–" : TeachViewModel.percent(report.after().drawn()));
        heldOutBefore.setText(report == null ? "–" : TeachViewModel.percent(report.before().heldOut()));
        heldOutAfter.setText(report == null ? "–" : TeachViewModel.percent(report.after().heldOut()));
        if (!teachStatus.textProperty().isBound()) {
            teachStatus.textProperty().bind(viewModel.statusProperty());
        }
    }
}
