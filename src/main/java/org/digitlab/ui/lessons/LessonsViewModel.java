package org.digitlab.ui.lessons;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.digitlab.lesson.CheckEvaluator;
import org.digitlab.lesson.CheckResult;
import org.digitlab.lesson.Lesson;
import org.digitlab.lesson.LessonFileException;
import org.digitlab.lesson.LessonJson;
import org.digitlab.lesson.LessonStep;
import org.digitlab.lesson.Observation;
import org.digitlab.lesson.RunSummary;
import org.digitlab.lesson.Setup;
import org.digitlab.lesson.Setups;
import org.digitlab.lesson.StepAction;
import org.digitlab.lesson.StepCheck;
import org.digitlab.model.ArchitectureSpec;

/**
 * The Lessons panel's state: the lessons to choose from, the open one's steps with their progress,
 * the step shown and its check's verdict. Commands set a step up through a {@link LessonWindow};
 * {@link #refresh()} decides the shown step's check again, which the window calls whenever the
 * architecture, a run or a setting changes. Students may go to any step, in any order, again.
 */
public final class LessonsViewModel {

    private final LessonWindow window;
    private final CheckEvaluator evaluator = new CheckEvaluator();
    private final TeacherLock teacherLock = new TeacherLock();
    private final ObservableList<Lesson> lessons = FXCollections.observableArrayList();
    private final ObservableList<StepRow> steps = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Lesson> lesson = new ReadOnlyObjectWrapper<>(this, "lesson");
    private final ReadOnlyIntegerWrapper stepIndex = new ReadOnlyIntegerWrapper(this, "stepIndex", -1);
    private final ReadOnlyObjectWrapper<StepRow> step = new ReadOnlyObjectWrapper<>(this, "step");
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper(this, "verdict", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyIntegerWrapper passedCount = new ReadOnlyIntegerWrapper(this, "passedCount");
    private final BooleanBinding hasNext;
    private final BooleanBinding hasPrevious;
    private final StringBinding progressText;
    /** Runs that had ended when the lesson opened, and when the shown step was set up or shown. */
    private int runsAtLessonStart;
    private int runsAtStepStart;
    /** Whether the shown step was set up since it was shown. */
    private boolean setUpDone;

    public LessonsViewModel(LessonWindow window, List<Lesson> available) {
        this.window = Objects.requireNonNull(window);
        lessons.setAll(available);
        hasNext = Bindings.createBooleanBinding(() -> stepIndex.get() >= 0 && stepIndex.get() < steps.size() - 1,
                stepIndex, steps);
        hasPrevious = stepIndex.greaterThan(0);
        progressText = Bindings.createStringBinding(() -> steps.isEmpty() ? ""
                : passedCount.get() + " of " + steps.size() + " steps done", passedCount, steps);
    }

    // --- properties

    public ObservableList<Lesson> lessons() {
        return lessons;
    }

    public ObservableList<StepRow> steps() {
        return steps;
    }

    public ReadOnlyObjectProperty<Lesson> lessonProperty() {
        return lesson.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty stepIndexProperty() {
        return stepIndex.getReadOnlyProperty();
    }

    /** The step shown, or null before a lesson is open. */
    public ReadOnlyObjectProperty<StepRow> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** One line on the shown step's check: what passed, or what is still missing. */
    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    /** The last lesson file's problem, one line naming the file, the step and the field; empty when none. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty passedCountProperty() {
        return passedCount.getReadOnlyProperty();
    }

    /** "2 of 6 steps done". */
    public StringBinding progressTextProperty() {
        return progressText;
    }

    public BooleanBinding hasNextProperty() {
        return hasNext;
    }

    public BooleanBinding hasPreviousProperty() {
        return hasPrevious;
    }

    /** What the set-up step locks and hides, and the teacher's PIN that frees it. */
    public TeacherLock teacherLock() {
        return teacherLock;
    }

    /** Whether the shown step is done when the class says so (a discussion), not by a run. */
    public boolean isDiscussion() {
        return step.get() != null && step.get().step().check() instanceof StepCheck.Discussed;
    }

    // --- commands

    /** Opens a lesson at its first step, with no step done; a lesson not in the list is added (an opened file). */
    public void open(Lesson chosen) {
        Objects.requireNonNull(chosen);
        if (!lessons.contains(chosen)) {
            lessons.add(chosen);
        }
        lesson.set(chosen);
        List<LessonStep> all = chosen.steps();
        steps.setAll(java.util.stream.IntStream.range(0, all.size()).mapToObj(i -> new StepRow(i + 1, all.get(i)))
                .toList());
        passedCount.set(0);
        runsAtLessonStart = window.finishedRuns().size();
        stepIndex.set(-1);
        select(0);
    }

    /**
     * Reads a teacher's lesson file off the FX thread and opens it; a bad file leaves the lesson
     * shown as it is and says what is wrong in {@link #messageProperty()}.
     */
    public CompletableFuture<Lesson> openFile(Path file, Executor background, Executor fx) {
        return CompletableFuture.supplyAsync(() -> LessonJson.read(file), background)
                .whenCompleteAsync((read, error) -> {
                    if (error == null) {
                        message.set("");
                        open(read);
                    } else {
                        Throwable cause = error instanceof CompletionException && error.getCause() != null
                                ? error.getCause() : error;
                        message.set(cause instanceof LessonFileException ? cause.getMessage()
                                : file.getFileName() + ": cannot be opened (" + cause.getMessage() + ")");
                    }
                }, fx);
    }

    /** Shows a step without setting it up; its check looks at runs from now on. */
    public void select(int index) {
        if (index < 0 || index >= steps.size() || index == stepIndex.get()) {
            return;
        }
        stepIndex.set(index);
        setUpDone = false;
        step.set(steps.get(index));
        runsAtStepStart = window.finishedRuns().size();
        refresh();
    }

    public void next() {
        select(stepIndex.get() + 1);
    }

    public void previous() {
        select(stepIndex.get() - 1);
    }

    /**
     * Runs the shown step's action: its architecture and settings into the editor and the Training
     * view, the view to show, and its run when the step trains by itself. Again and again, if asked.
     */
    public void setUp() {
        StepRow row = step.get();
        if (row == null) {
            return;
        }
        StepAction action = row.step().action();
        teacherLock.apply(action.locked(), action.hidden());
        ArchitectureSpec spec = Setups.apply(action.setup(), window.architecture());
        if (spec != null) {
            window.setUp(spec, action.setup().limit());
        }
        window.preprocess(action.setup().centreOfMass(), action.setup().scaleToBox());
        if (action.view() != null) {
            window.show(action.view());
        }
        runsAtStepStart = window.finishedRuns().size();
        setUpDone = true;
        if (action.train() == StepAction.Run.AUTO && spec != null) {
            window.train(spec);
        }
        refresh();
    }

    /** The class has discussed the shown step: a discussion's check passes. */
    public void markDiscussed() {
        if (step.get() != null) {
            step.get().discussedProperty().set(true);
            refresh();
        }
    }

    /** Decides the shown step's check against the window as it is now; a pass turns the step green. */
    public void refresh() {
        StepRow row = step.get();
        if (row == null) {
            verdict.set("");
            return;
        }
        if (!setUpDone && !row.isPassed() && !row.step().action().setup().equals(Setup.NONE)) {
            // The window may already be as the check wants it (centring switched off in an earlier
            // step), and the step's own setup would undo that: nothing counts before Set up.
            verdict.set("Not yet: press Set up to start this step");
            return;
        }
        CheckResult result = evaluator.evaluate(row.step(), observe(row));
        if (result.passed() && !row.isPassed()) {
            row.passedProperty().set(true);
            passedCount.set((int) steps.stream().filter(StepRow::isPassed).count());
        }
        verdict.set(row.isPassed() && !result.passed() ? "Done earlier. Now: " + result.reason()
                : result.passed() ? "Done: " + result.reason() : "Not yet: " + result.reason());
    }

    private Observation observe(StepRow row) {
        List<RunSummary> runs = window.finishedRuns();
        RunSummary last = runs.size() > runsAtStepStart ? runs.get(runs.size() - 1) : null;
        int inLesson = Math.max(0, runs.size() - runsAtLessonStart);
        return new Observation(window.architecture(), last, inLesson, window.settings(),
                row.discussedProperty().get());
    }
}
