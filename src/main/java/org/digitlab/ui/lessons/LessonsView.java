package org.digitlab.ui.lessons;

import java.io.File;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.digitlab.lesson.Lesson;
import org.digitlab.lesson.LessonJson;
import org.digitlab.lesson.StepText;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.FileDialogs;

/**
 * The Lessons panel's controller: binds the controls to a {@link LessonsViewModel}, which the
 * main window hands over once it can act as the panel's {@link LessonWindow}.
 */
public final class LessonsView {

    private static final String PASSED = "passed";

    @FXML private VBox root;
    @FXML private ComboBox<Lesson> lessonChoice;
    @FXML private Label fileMessage;
    @FXML private Label lessonTitle;
    @FXML private Label question;
    @FXML private ProgressBar progress;
    @FXML private Label progressText;
    @FXML private ListView<StepRow> stepList;
    @FXML private Label stepTitle;
    @FXML private Label stepDo;
    @FXML private Label stepLookFor;
    @FXML private Label stepDiscuss;
    @FXML private Label verdict;
    @FXML private Label lockStatus;
    @FXML private Button previousButton;
    @FXML private Button setUpButton;
    @FXML private Button discussedButton;
    @FXML private Button nextButton;

    private final AppContext context;
    private LessonsViewModel viewModel;
    private StepRow shownRow;
    private final javafx.beans.value.ChangeListener<Boolean> onShownPassed = (obs, was, now) -> markVerdict();

    public LessonsView(AppContext context) {
        this.context = context;
    }

    public VBox root() {
        return root;
    }

    public LessonsViewModel viewModel() {
        return viewModel;
    }

    /** Connects the panel to its view-model; called once by the main window. */
    public void attach(LessonsViewModel model) {
        viewModel = model;
        lessonChoice.setItems(model.lessons());
        lessonChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Lesson lesson) {
                return lesson == null ? "" : lesson.id() + " " + lesson.title();
            }

            @Override
            public Lesson fromString(String text) {
                return null;
            }
        });
        // The narrow panel's box names the lesson by its id; the title wraps in the label below it.
        lessonChoice.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(Lesson lesson, boolean empty) {
                super.updateItem(lesson, empty);
                setText(empty || lesson == null ? null : "Lesson " + lesson.id());
            }
        });
        lessonChoice.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && chosen != model.lessonProperty().get()) {
                model.open(chosen);
            }
        });
        model.lessonProperty().addListener((obs, old, lesson) -> {
            lessonChoice.setValue(lesson);
            lessonTitle.setText(lesson == null ? "" : lesson.title());
            question.setText(lesson == null ? "" : lesson.question());
        });
        stepList.setItems(model.steps());
        stepList.setCellFactory(list -> new StepCell());
        stepList.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) ->
                model.select(index.intValue()));
        model.stepIndexProperty().addListener((obs, old, index) ->
                stepList.getSelectionModel().select(index.intValue()));
        model.stepProperty().addListener((obs, old, row) -> showStep(row));
        progress.progressProperty().bind(Bindings.createDoubleBinding(() -> model.steps().isEmpty() ? 0
                : model.passedCountProperty().get() / (double) model.steps().size(),
                model.passedCountProperty(), model.steps()));
        progressText.textProperty().bind(model.progressTextProperty());
        verdict.textProperty().bind(model.verdictProperty());
        fileMessage.textProperty().bind(model.messageProperty());
        fileMessage.visibleProperty().bind(model.messageProperty().isNotEmpty());
        fileMessage.managedProperty().bind(fileMessage.visibleProperty());
        previousButton.disableProperty().bind(model.hasPreviousProperty().not());
        nextButton.disableProperty().bind(model.hasNextProperty().not());
        setUpButton.disableProperty().bind(model.stepProperty().isNull());
        TeacherLock lock = model.teacherLock();
        javafx.collections.SetChangeListener<org.digitlab.lesson.Control> onLock = change -> showLock("");
        lock.locked().addListener(onLock);
        lock.hidden().addListener(onLock);
        showLock("");
        showStep(null);
    }

    private void showStep(StepRow row) {
        StepText text = row == null ? null : row.step().text();
        stepTitle.setText(row == null ? "Choose a lesson above." : row.toString());
        stepDo.setText(text == null ? "" : text.todo());
        stepLookFor.setText(text == null || text.lookFor() == null ? "" : "Look for: " + text.lookFor());
        stepDiscuss.setText(text == null || text.discuss() == null ? "" : "Discuss: " + text.discuss());
        stepLookFor.setVisible(!stepLookFor.getText().isEmpty());
        stepDiscuss.setVisible(!stepDiscuss.getText().isEmpty());
        boolean discussion = viewModel.isDiscussion();
        discussedButton.setVisible(discussion);
        discussedButton.setManaged(discussion);
        if (shownRow != null) {
            shownRow.passedProperty().removeListener(onShownPassed);
        }
        shownRow = row;
        if (row != null) {
            row.passedProperty().addListener(onShownPassed);
        }
        markVerdict();
    }

    private void markVerdict() {
        verdict.getStyleClass().remove(PASSED);
        if (shownRow != null && shownRow.isPassed()) {
            verdict.getStyleClass().add(PASSED);
        }
    }

    /**
     * What the step holds, and the last PIN attempt's outcome when it failed. A count, not the list:
     * eight names took the projector column's whole height and pushed the step's text out of sight.
     * The controls show themselves (dashed frame); the tooltip names them.
     */
    private void showLock(String problem) {
        TeacherLock lock = viewModel.teacherLock();
        int count = lock.locked().size();
        String held = count == 0 ? "" : count == 1 ? "1 control locked by the lesson."
                : count + " controls locked by the lesson.";
        lockStatus.setText(String.join(" ", java.util.stream.Stream.of(problem, held)
                .filter(s -> !s.isEmpty()).toList()));
        lockStatus.setTooltip(count == 0 ? null : new javafx.scene.control.Tooltip("Locked: "
                + names(lock.locked()) + ". They keep a dashed frame; Teacher… with the PIN unlocks them."));
        lockStatus.setVisible(!lockStatus.getText().isEmpty());
        lockStatus.setManaged(lockStatus.isVisible());
    }

    private static String names(java.util.Set<org.digitlab.lesson.Control> controls) {
        return controls.stream().sorted().map(c -> c.jsonName().replace('-', ' '))
                .collect(java.util.stream.Collectors.joining(", "));
    }

    @FXML
    private void teacher() {
        TeacherLock lock = viewModel.teacherLock();
        boolean choosing = !lock.hasPinProperty().get();
        TeacherDialog.ask(root.getScene().getWindow(), choosing).ifPresent(pin -> {
            if (choosing) {
                showLock(lock.setPin(null, pin) ? "PIN set: Teacher… again unlocks a step."
                        : "The PIN needs 4 or more characters.");
            } else {
                showLock(lock.unlock(pin) ? "" : "Wrong PIN: the controls stay locked.");
            }
        });
    }

    /** Reads a lesson file, e.g. one dropped on the window; a bad one is named in the panel. */
    public void openFile(Path file) {
        viewModel.openFile(file, context.background(), context.fx());
    }

    @FXML
    private void openLesson() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open lesson");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Digit Lab lessons",
                "*" + LessonJson.EXTENSION, "*" + LessonJson.DESKTOP_EXTENSION));
        File file = FileDialogs.open(chooser, root.getScene().getWindow(), context.preferences());
        if (file != null) {
            openFile(file.toPath());
        }
    }

    @FXML
    private void setUp() {
        viewModel.setUp();
    }

    @FXML
    private void next() {
        viewModel.next();
    }

    @FXML
    private void previous() {
        viewModel.previous();
    }

    @FXML
    private void markDiscussed() {
        viewModel.markDiscussed();
    }

    /** A step's number and title, green with a tick once passed. */
    private static final class StepCell extends ListCell<StepRow> {
        private final javafx.beans.value.ChangeListener<Boolean> onPassed = (obs, was, now) -> mark();

        private StepRow shown;

        StepCell() {
            // Long titles wrap instead of making the narrow list scroll sideways.
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(StepRow row, boolean empty) {
            super.updateItem(row, empty);
            if (shown != null) {
                shown.passedProperty().removeListener(onPassed);
            }
            shown = empty ? null : row;
            if (shown != null) {
                shown.passedProperty().addListener(onPassed);
            }
            mark();
        }

        private void mark() {
            getStyleClass().remove(PASSED);
            if (shown == null) {
                setText(null);
                return;
            }
            setText((shown.isPassed() ? "✓ " : "   ") + shown);
            if (shown.isPassed()) {
                getStyleClass().add(PASSED);
            }
        }
    }
}
