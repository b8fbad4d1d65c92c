package org.digitlab.ui.shell;

import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.digitlab.lesson.LessonJson;
import org.digitlab.model.ModelFiles;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.FileDialogs;
import org.digitlab.ui.Themes;
import org.digitlab.ui.architecture.ArchitectureView;
import org.digitlab.ui.datasets.DatasetsView;
import org.digitlab.ui.draw.DrawView;
import org.digitlab.ui.evaluation.EvaluationView;
import org.digitlab.ui.lessons.LessonsView;
import org.digitlab.ui.lessons.LessonsViewModel;
import org.digitlab.ui.training.TrainingView;

/**
 * The main window's controller: status bar bindings, the window-wide shortcuts, the looks
 * (projector, dark) and the hand-over of an image from the Evaluation view to the Draw view.
 */
public final class MainView {

    /**
     * The width the Architecture editor's three columns take in the projector look, more than its
     * split's minimum says (measured by ClassroomLayoutTest: narrower, the summary is cut off).
     */
    private static final double PROJECTOR_EDITOR_WIDTH = 1070;

    private final AppContext context;

    @FXML private BorderPane root;
    @FXML private TabPane sections;
    @FXML private javafx.scene.layout.StackPane centre;
    @FXML private Tab trainingTab;
    @FXML private ArchitectureView architectureController;
    @FXML private TrainingView trainingController;
    @FXML private Label modelStatus;
    @FXML private Label datasetStatus;
    @FXML private Tooltip modelTip;
    @FXML private Tab drawTab;
    @FXML private Tab datasetsTab;
    @FXML private DatasetsView datasetsController;
    @FXML private DrawView drawController;
    @FXML private EvaluationView evaluationController;
    @FXML private ToggleButton projectorToggle;
    @FXML private ToggleButton darkToggle;
    @FXML private ToggleButton lessonsToggle;
    @FXML private javafx.scene.Node lessons;
    @FXML private LessonsView lessonsController;

    public MainView(AppContext context) {
        this.context = context;
    }

    @FXML
    private void initialize() {
        modelStatus.textProperty().bind(context.models().statusProperty());
        connectArchitectureToTraining();
        connectLessons();
        // Memory: the dataset browser holds its images only while its tab shows.
        datasetsController.setShowing(datasetsTab.isSelected());
        datasetsTab.selectedProperty().addListener((obs, was, now) -> datasetsController.setShowing(now));
        datasetStatus.textProperty().bind(javafx.beans.binding.Bindings.concat("dataset: ", context.dataset()));
        // ND4J starts with the first model. Its build string is for whoever looks after the
        // machine, not for the class: it goes in the model's tooltip, off the status bar.
        String modelTipText = modelTip.getText();
        context.models().predictorProperty().addListener((obs, old, ready) -> {
            if (ready != null) {
                modelTip.setText(modelTipText + " It runs on the maths library " + context.engine().nativeSetup() + ".");
                showImportedLayers(ready.model());
            }
        });
        evaluationController.setOnOpenInDraw(image -> {
            drawController.openImage(image);
            sections.getSelectionModel().select(drawTab);
        });
        projectorToggle.setSelected(Themes.remembered(context.preferences(), Themes.PROJECTOR));
        darkToggle.setSelected(Themes.remembered(context.preferences(), Themes.DARK));
        projectorToggle.selectedProperty().addListener((obs, old, on) -> look(Themes.PROJECTOR, on));
        darkToggle.selectedProperty().addListener((obs, old, on) -> look(Themes.DARK, on));
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                Themes.setLook(scene, Themes.PROJECTOR, projectorToggle.isSelected());
                Themes.setLook(scene, Themes.DARK, darkToggle.isSelected());
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                        this::openModel);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F11), this::toggleFullScreen);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), projectorToggle::fire);
            }
        });
    }

    /** The Draw view's controller, e.g. for tests that follow an image into it. */
    public DrawView draw() {
        return drawController;
    }

    public EvaluationView evaluation() {
        return evaluationController;
    }

    /** Switches a look on the window and remembers it for the next start. */
    private void look(String look, boolean on) {
        Themes.remember(context.preferences(), look, on);
        Scene scene = root.getScene();
        if (scene != null) {
            Themes.setLook(scene, look, on);
        }
    }

    /** The window's context, e.g. for a driver that walks the window through a lesson. */
    public AppContext context() {
        return context;
    }

    public BorderPane root() {
        return root;
    }

    /** Shows the Training view. */
    public void showTraining() {
        sections.getSelectionModel().select(trainingTab);
    }

    public ArchitectureView architectureView() {
        return architectureController;
    }

    public TrainingView trainingView() {
        return trainingController;
    }

    /** The Lessons panel acts on the window through a {@link LessonHost}; it shows while its toggle is on. */
    private void connectLessons() {
        LessonHost host = new LessonHost(architectureController.viewModel(), trainingController, sections,
                (TabPane) drawTab.getContent().lookup("#insideTabs"), new LessonHost.Draw(drawController.viewModel(),
                drawController.preprocess().viewModel(), context.probes()));
        LessonsViewModel model = new LessonsViewModel(host, org.digitlab.lesson.BuiltInLessons.all());
        lessonsController.attach(model);
        host.watch(model);
        new LockedControls(root, model.teacherLock());
        acceptDroppedLessons();
        new LessonPanelPlacement(root, centre, sections, lessons, lessonsToggle, projectorToggle,
                PROJECTOR_EDITOR_WIDTH);
        lessonsToggle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.lessonProperty().get() == null ? "Lessons" : "Lesson " + model.progressTextProperty().get()
                        .replace(" steps done", "").replace(" of ", "/"), model.lessonProperty(),
                model.progressTextProperty()));
    }

    /**
     * A model imported from Keras shows its layers in the Architecture view, so that it can be
     * trained more there; a model Digit Lab trained keeps the editor as the student left it.
     */
    private void showImportedLayers(org.digitlab.model.TrainedModel model) {
        if (model.metadata().source() != null) {
            architectureController.viewModel().load(model.spec());
        }
    }

    /**
     * A lesson file (.json) dropped anywhere on the window opens in the Lessons panel; a model
     * file (.zip, or a Keras .h5 or .keras, imported) becomes the current model.
     */
    private void acceptDroppedLessons() {
        root.setOnDragOver(event -> {
            if (droppedLesson(event.getDragboard()) != null || droppedModel(event.getDragboard()) != null) {
                event.acceptTransferModes(javafx.scene.input.TransferMode.COPY);
                event.consume();
            }
        });
        root.setOnDragDropped(event -> {
            File file = droppedLesson(event.getDragboard());
            File model = droppedModel(event.getDragboard());
            if (file != null) {
                openLessonFile(file.toPath());
            } else if (model != null) {
                context.models().open(model.toPath());
            }
            event.setDropCompleted(file != null || model != null);
            event.consume();
        });
    }

    private static File droppedLesson(javafx.scene.input.Dragboard board) {
        return !board.hasFiles() ? null : board.getFiles().stream()
                .filter(f -> isLessonName(f.getName().toLowerCase(java.util.Locale.ROOT))).findFirst().orElse(null);
    }

    private static boolean isLessonName(String name) {
        return name.endsWith(LessonJson.EXTENSION) || name.endsWith(LessonJson.DESKTOP_EXTENSION);
    }

    private static File droppedModel(javafx.scene.input.Dragboard board) {
        return !board.hasFiles() ? null : board.getFiles().stream()
                .filter(f -> f.getName().toLowerCase(java.util.Locale.ROOT).endsWith(ModelFiles.EXTENSION)
                        || f.getName().toLowerCase(java.util.Locale.ROOT).endsWith(ModelFiles.DESKTOP_EXTENSION)
                        || org.digitlab.model.keras.KerasFormat.isKerasName(f.toPath())).findFirst().orElse(null);
    }

    /** The Lessons panel's controller. */
    public LessonsView lessons() {
        return lessonsController;
    }

    /** Reads a lesson file into the panel and shows the panel; a bad file is named there. */
    public void openLessonFile(java.nio.file.Path file) {
        lessonsToggle.setSelected(true);
        lessonsController.openFile(file);
    }

    /** Opens a lesson in the panel and shows the panel. */
    public void openLesson(org.digitlab.lesson.Lesson lesson) {
        lessonsToggle.setSelected(true);
        lessonsController.viewModel().open(lesson);
    }

    /** Train in the Architecture view hands its spec to the Training view, which starts at once. */
    private void connectArchitectureToTraining() {
        trainingController.viewModel().specProperty().set(architectureController.viewModel().getSpec());
        architectureController.setOnTrain(spec -> {
            sections.getSelectionModel().select(trainingTab);
            trainingController.train(spec);
        });
    }

    /** Ctrl+O: a model file becomes the current model; a Keras file is imported first. */
    @FXML
    void openModel() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open model");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Digit Lab and Keras models", "*" + ModelFiles.EXTENSION,
                        "*" + ModelFiles.DESKTOP_EXTENSION, "*.h5", "*.hdf5", "*.keras"),
                new FileChooser.ExtensionFilter("Digit Lab models", "*" + ModelFiles.EXTENSION,
                        "*" + ModelFiles.DESKTOP_EXTENSION),
                new FileChooser.ExtensionFilter("Keras models (imported)", "*.h5", "*.hdf5", "*.keras"));
        File file = FileDialogs.open(chooser, root.getScene().getWindow(), context.preferences());
        if (file != null) {
            context.models().open(file.toPath());
        }
    }

    private void toggleFullScreen() {
        Stage stage = (Stage) root.getScene().getWindow();
        stage.setFullScreen(!stage.isFullScreen());
    }
}
