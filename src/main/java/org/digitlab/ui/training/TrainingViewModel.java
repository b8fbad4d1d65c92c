package org.digitlab.ui.training;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.ModelFiles;
import org.digitlab.model.TrainedModel;
import org.digitlab.training.RunState;
import org.digitlab.training.TrainingSession;
import org.digitlab.ui.state.ProbeBoard;

/**
 * The training dashboard's state and commands. Each run is a {@link TrainingSession} (load the
 * data, train, test), which knows nothing of JavaFX; {@link RunControl} starts it and maps its
 * events to the run's properties, which this class shows. Button states are bindings over
 * {@link #stateProperty()} and {@link #activeProperty()}, so each command only checks its own
 * binding; a new run is announced to {@link #onRunStarted} listeners (the charts start its curves).
 */
public final class TrainingViewModel {

    private final BiConsumer<String, TrainedModel> useModel;

    private final ObjectProperty<ArchitectureSpec> spec = new SimpleObjectProperty<>(this, "spec");
    private final IntegerProperty limit = new SimpleIntegerProperty(this, "limit", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Ready");
    private final RunHistory history = new RunHistory();
    private final ModelSaving saving;
    private final RunControl run;

    private final BooleanBinding canStart;
    private final BooleanBinding canPause;
    private final BooleanBinding canResume;
    private final BooleanBinding canStop;
    private final BooleanBinding hasModel;
    private final BooleanBinding canTrainMore;
    /** While a new run trains, the last run's model is not offered: its box shows the old run. */
    private final BooleanBinding canUseModel;

    public TrainingViewModel(TrainingSession.Parts parts, ModelFiles files, Executor background, Executor fx,
            BiConsumer<String, TrainedModel> useModel) {
        this(parts, files, background, fx, useModel, null);
    }

    /**
     * @param background loads a run's data (seconds) and writes model files
     * @param probes the pinned probe digits every run records, or {@code null} for none
     */
    public TrainingViewModel(TrainingSession.Parts parts, ModelFiles files, Executor background, Executor fx,
            BiConsumer<String, TrainedModel> useModel, ProbeBoard probes) {
        this.saving = new ModelSaving(Objects.requireNonNull(files), background, fx, history::last, status::set);
        this.run = new RunControl(Objects.requireNonNull(parts), Objects.requireNonNull(background),
                Objects.requireNonNull(fx), probes, history, status::set, saving::runEnded);
        this.useModel = Objects.requireNonNull(useModel);
        ReadOnlyObjectProperty<RunState> state = run.stateProperty();
        ReadOnlyBooleanProperty active = run.activeProperty();
        canStart = spec.isNotNull().and(active.not());
        canPause = state.isEqualTo(RunState.RUNNING);
        canResume = state.isEqualTo(RunState.PAUSED);
        canStop = active.and(state.isNotEqualTo(RunState.STOPPING));
        hasModel = history.hasModel();
        canTrainMore = hasModel.and(active.not());
        canUseModel = hasModel.and(active.not());
    }

    // --- properties

    /** What Start trains: the Architecture view's edited spec. */
    public ObjectProperty<ArchitectureSpec> specProperty() {
        return spec;
    }

    /** Train on the first N training examples only; 0 means all (as the command line's --limit). */
    public IntegerProperty limitProperty() {
        return limit;
    }

    public ReadOnlyObjectProperty<RunState> stateProperty() {
        return run.stateProperty();
    }

    /** True from Start until the session has ended (loading and testing included). */
    public ReadOnlyBooleanProperty activeProperty() {
        return run.activeProperty();
    }

    public boolean isActive() {
        return run.activeProperty().get();
    }

    /** The progress row: bar, epoch, speed and time left. */
    public RunProgress progress() {
        return run.progress();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last run failed ("The loss diverged at ..."), or empty. */
    public ReadOnlyStringProperty diagnosisProperty() {
        return run.diagnosisProperty();
    }

    /** The run that ended last, with its test figures and model. */
    public ReadOnlyObjectProperty<RunRecord> lastRunProperty() {
        return history.lastRunProperty();
    }

    /** The current run's epochs and loss trace, for the charts and the epochs table. */
    public RunCurves curves() {
        return run.curves();
    }

    /** Every run of this session that has ended, oldest first. */
    public ObservableList<RunRecord> runs() {
        return history.runs();
    }

    public BooleanBinding canStartProperty() {
        return canStart;
    }

    public BooleanBinding canPauseProperty() {
        return canPause;
    }

    public BooleanBinding canResumeProperty() {
        return canResume;
    }

    public BooleanBinding canStopProperty() {
        return canStop;
    }

    /** Train more: the last run has a model and nothing is training. */
    public BooleanBinding canTrainMoreProperty() {
        return canTrainMore;
    }

    /** The last run left a model to use or save. */
    public BooleanBinding hasModelProperty() {
        return hasModel;
    }

    /** "Use in Draw" and "Save model…": the last run left a model and no other run is going on. */
    public BooleanBinding canUseModelProperty() {
        return canUseModel;
    }

    /** Called on the FX thread whenever a run starts, before its first figures (and before the curves it continues). */
    public void onRunStarted(Consumer<RunStart> listener) {
        history.onRunStarted(listener);
    }

    // --- commands

    /** The Architecture view's Train: this spec next, started at once unless a run is going on. */
    public void train(ArchitectureSpec next) {
        spec.set(next);
        if (isActive()) {
            status.set("A run is going on: stop it, then Start trains " + next.id());
        } else {
            start();
        }
    }

    public void start() {
        if (canStart.get()) {
            run.launch(spec.get(), null, limit.get());
        }
    }

    /**
     * Train more: the last run's model goes on for as many epochs again, with its own settings,
     * as a second {@code fit} in a notebook; its charts carry on from where they stopped.
     */
    public void trainMore() {
        if (canTrainMore.get()) {
            RunRecord last = history.last();
            run.launch(last.spec(), last, limit.get());
        }
    }

    public void pause() {
        if (canPause.get()) {
            run.pause();
        }
    }

    public void resume() {
        if (canResume.get()) {
            run.resume();
        }
    }

    /** Ends the run at the next batch; the model so far is kept and tested. */
    public void stop() {
        run.stop();
        if (isActive()) {
            status.set("Stopping after this batch…");
        }
    }

    /** Closing the window: stop, then save the model to {@code file}, then {@code then}. */
    public void stopAndSave(Path file, Runnable then) {
        if (isActive()) {
            saving.afterRun(file, then);
            stop();
        } else {
            saving.now(file, then);
        }
    }

    /** "Use in Draw": the last run's model becomes the app's current model. */
    public void useInDraw() {
        RunRecord record = history.last();
        if (canUseModel.get()) {
            useModel.accept(record.name(), record.model());
            status.set(record.name() + " is now the model in Draw");
        }
    }

    /** Writes the last run's model file off the FX thread. */
    public CompletableFuture<Void> saveModel(Path file) {
        return saving.save(file);
    }
}
