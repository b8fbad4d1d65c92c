package org.digitlab.ui.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.ModelFiles;
import org.digitlab.model.TrainedModel;
import org.digitlab.ui.common.ErrorMessages;
import org.digitlab.ui.state.ProbeBoard;
import org.digitlab.training.ProbeImages;
import org.digitlab.training.RunOutcome;
import org.digitlab.training.RunState;
import org.digitlab.training.TrainingListener;
import org.digitlab.training.TrainingSession;
import org.digitlab.training.TrainingResult;

/**
 * The training dashboard's state and commands. Each run is a {@link TrainingSession} (load the
 * data, train, test), which knows nothing of JavaFX; this class maps its events to properties:
 * the run's own events arrive coalesced by {@link RunUpdates}, the session's end through its
 * future, both on the {@code fx} executor. Button states are bindings over {@link #stateProperty()};
 * a new run is announced to {@link #onRunStarted} listeners (the charts start its curves).
 *
 * <p>Every run's {@link TrainingSession.Plan} is made in {@code launch} and every listener is
 * attached in {@link #listenersFor}: the two places where extra instruments (e.g. probe digits) plug in.
 */
public final class TrainingViewModel {

    private final TrainingSession.Parts parts;
    private final Executor background;
    private final Executor fx;
    private final BiConsumer<String, TrainedModel> useModel;

    private final ObjectProperty<ArchitectureSpec> spec = new SimpleObjectProperty<>(this, "spec");
    private final IntegerProperty limit = new SimpleIntegerProperty(this, "limit", 0);
    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(this, "state", RunState.IDLE);
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Ready");
    private final ReadOnlyStringWrapper diagnosis = new ReadOnlyStringWrapper(this, "diagnosis", "");
    private final RunProgress progress = new RunProgress();
    private final RunCurves curves = new RunCurves();
    private final RunHistory history = new RunHistory();
    private final ModelSaving saving;

    private final BooleanBinding canStart = spec.isNotNull().and(active.not());
    private final BooleanBinding canPause = state.isEqualTo(RunState.RUNNING);
    private final BooleanBinding canResume = state.isEqualTo(RunState.PAUSED);
    private final BooleanBinding canStop = active.and(state.isNotEqualTo(RunState.STOPPING));
    private final BooleanBinding hasModel = history.hasModel();
    private final BooleanBinding canTrainMore = hasModel.and(active.not());
    /** While a new run trains, the last run's model is not offered: its box shows the old run. */
    private final BooleanBinding canUseModel = hasModel.and(active.not());

    private TrainingSession session;
    private RunUpdates updates;
    private final ProbeBoard probes;

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
        this.probes = probes;
        this.parts = Objects.requireNonNull(parts);
        this.saving = new ModelSaving(Objects.requireNonNull(files), background, fx, history::last, status::set);
        this.background = Objects.requireNonNull(background);
        this.fx = Objects.requireNonNull(fx);
        this.useModel = Objects.requireNonNull(useModel);
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
        return state.getReadOnlyProperty();
    }

    /** True from Start until the session has ended (loading and testing included). */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public boolean isActive() {
        return active.get();
    }

    /** The progress row: bar, epoch, speed and time left. */
    public RunProgress progress() {
        return progress;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the last run failed ("The loss diverged at ..."), or empty. */
    public ReadOnlyStringProperty diagnosisProperty() {
        return diagnosis.getReadOnlyProperty();
    }

    /** The run that ended last, with its test figures and model. */
    public ReadOnlyObjectProperty<RunRecord> lastRunProperty() {
        return history.lastRunProperty();
    }

    /** The current run's epochs and loss trace, for the charts and the epochs table. */
    public RunCurves curves() {
        return curves;
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
        if (active.get()) {
            status.set("A run is going on: stop it, then Start trains " + next.id());
        } else {
            start();
        }
    }

    public void start() {
        if (canStart.get()) {
            launch(spec.get(), null);
        }
    }

    /**
     * Train more: the last run's model goes on for as many epochs again, with its own settings,
     * as a second {@code fit} in a notebook; its charts carry on from where they stopped.
     */
    public void trainMore() {
        if (canTrainMore.get()) {
            RunRecord last = history.last();
            launch(last.spec(), last);
        }
    }

    private void launch(ArchitectureSpec toTrain, RunRecord continued) {
        int examples = limit.get();
        TrainedModel from = continued == null ? null : continued.model();
        curves.clear();
        progress.reset(from == null ? 0 : from.history().lastEpoch(), toTrain.training().epochs());
        diagnosis.set("");
        state.set(RunState.IDLE);
        active.set(true);
        history.next(toTrain); // the charts start the new run's curves, before those it continues
        if (continued != null) {
            curves.continueFrom(from.history().epochs(), continued.trace());
        }
        status.set("Loading " + toTrain.training().datasetId() + "…");
        // The probe board belongs to the FX thread: its images are taken here, before the session leaves it.
        ProbeImages probeImages = probes == null ? ProbeImages.NONE : probes.probesFor(toTrain);
        updates = new RunUpdates(fx, this::apply);
        RunUpdates mine = updates;
        TrainingSession started = new TrainingSession(parts, toTrain, new TrainingSession.Plan(examples, from, probeImages));
        session = started;
        started.start(background, listenersFor(mine), sessionEvents())
                .whenCompleteAsync((end, error) -> {
                    if (error == null) {
                        finished(end);
                    } else {
                        failed(error);
                    }
                }, fx);
    }

    public void pause() {
        if (session != null && canPause.get()) {
            session.pause();
        }
    }

    public void resume() {
        if (session != null && canResume.get()) {
            session.resume();
        }
    }

    /** Ends the run at the next batch; the model so far is kept and tested. */
    public void stop() {
        if (session != null) {
            session.stop();
        }
        if (active.get()) {
            status.set("Stopping after this batch…");
        }
    }

    /** Closing the window: stop, then save the model to {@code file}, then {@code then}. */
    public void stopAndSave(Path file, Runnable then) {
        if (active.get()) {
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

    // --- the session, off the FX thread

    private TrainingSession.Events sessionEvents() {
        return new TrainingSession.Events() {
            @Override
            public void testing(int images) {
                fx.execute(() -> status.set("Testing the model on " + images + " test images…"));
            }

            @Override
            public void testFailed(Throwable error) {
                fx.execute(() -> diagnosis.set("Testing the model failed: " + ErrorMessages.of(error)));
            }
        };
    }

    /** The one place a run's listeners are attached (extra instruments such as probe digits go here). */
    TrainingListener listenersFor(RunUpdates dashboard) {
        List<TrainingListener> all = new ArrayList<>();
        all.add(dashboard);
        if (probes != null) {
            all.add(probes.listener());
        }
        return TrainingListener.all(all);
    }

    // --- on the FX thread

    private void apply(RunUpdates.Update update) {
        if (update.state() != null && active.get()) {
            state.set(update.state());
            status.set(RunProgress.describe(update.state()));
        }
        if (!update.batches().isEmpty()) {
            curves.addBatches(update.batches());
            progress.show(update.batches().get(update.batches().size() - 1));
        }
        curves.addEpochs(update.epochs());
    }

    private void finished(TrainingSession.Outcome end) {
        updates.flush(); // events still queued belong before the end
        TrainingResult result = end.result();
        RunRecord record = history.record(end, curves.trace());
        if (!result.diagnosis().isEmpty() || end.test() != null) {
            diagnosis.set(result.diagnosis());
        }
        state.set(result.outcome() == RunOutcome.DIVERGED
                || result.outcome() == RunOutcome.ERROR ? RunState.FAILED : RunState.FINISHED);
        if (result.outcome() == RunOutcome.COMPLETED) {
            progress.complete();
        }
        progress.end();
        session = null;
        status.set(record.describe());
        // The run's figures first, then the signals that it has ended: the list, then active.
        history.add(record);
        active.set(false);
        saving.runEnded();
    }

    private void failed(Throwable error) {
        if (updates != null) {
            updates.flush();
        }
        active.set(false);
        session = null;
        progress.end();
        state.set(RunState.FAILED);
        diagnosis.set("Training could not run: " + ErrorMessages.of(error));
        status.set(diagnosis.get());
        saving.runEnded();
    }
}
