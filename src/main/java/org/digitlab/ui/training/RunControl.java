package org.digitlab.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.TrainedModel;
import org.digitlab.training.ProbeImages;
import org.digitlab.training.RunOutcome;
import org.digitlab.training.RunState;
import org.digitlab.training.TrainingListener;
import org.digitlab.training.TrainingResult;
import org.digitlab.training.TrainingSession;
import org.digitlab.ui.common.ErrorMessages;
import org.digitlab.ui.state.ProbeBoard;

/**
 * The run in progress, one at a time: starts a {@link TrainingSession} (load the data, train,
 * test), passes Pause, Resume and Stop to it, and maps its events onto the dashboard. The run's
 * own events arrive coalesced by {@link RunUpdates} and move the state, the progress row and the
 * curves; the session's end, through its future, becomes a {@link RunRecord} in the history. Both
 * come on the {@code fx} executor.
 *
 * <p>Apart from {@link TrainingViewModel} so that the only class holding a session, and the only
 * one to know the order in which a run's end is announced, is this one; the view-model keeps the
 * dashboard's properties, the guards of its commands, and what is done with a finished model.
 * Every run's {@link TrainingSession.Plan} is made in {@link #launch} and every listener is attached
 * in {@link #listenersFor}: the two places where extra instruments (e.g. probe digits) plug in.
 */
final class RunControl {

    private final TrainingSession.Parts parts;
    private final Executor background;
    private final Executor fx;
    private final ProbeBoard probes;
    private final RunProgress progress = new RunProgress();
    private final RunCurves curves = new RunCurves();
    private final RunHistory history;
    private final Consumer<String> status;
    private final Runnable onEnded;

    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(this, "state", RunState.IDLE);
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active");
    private final ReadOnlyStringWrapper diagnosis = new ReadOnlyStringWrapper(this, "diagnosis", "");

    private TrainingSession session;
    private RunUpdates updates;

    /**
     * @param probes the pinned probe digits every run records, or {@code null} for none
     * @param history where a run is announced when it starts and recorded when it ends
     * @param status the dashboard's status line
     * @param onEnded runs on the FX thread after a run has ended and said so (a save waiting for it)
     */
    RunControl(TrainingSession.Parts parts, Executor background, Executor fx, ProbeBoard probes, RunHistory history,
            Consumer<String> status, Runnable onEnded) {
        this.parts = parts;
        this.background = background;
        this.fx = fx;
        this.probes = probes;
        this.history = history;
        this.status = status;
        this.onEnded = onEnded;
    }

    /** The progress row of the run in progress (or the last one). */
    RunProgress progress() {
        return progress;
    }

    /** The epochs and loss trace of the run in progress (or the last one). */
    RunCurves curves() {
        return curves;
    }

    ReadOnlyObjectProperty<RunState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** True from {@link #launch} until the session has ended (loading and testing included). */
    ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** Why the last run failed, or empty. */
    ReadOnlyStringProperty diagnosisProperty() {
        return diagnosis.getReadOnlyProperty();
    }

    /**
     * Starts a run of {@code toTrain} on its first {@code examples} training examples (0: all);
     * with {@code continued}, that run's model trains on and its curves carry on.
     */
    void launch(ArchitectureSpec toTrain, RunRecord continued, int examples) {
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
        status.accept("Loading " + toTrain.training().datasetId() + "…");
        // The probe board belongs to the FX thread: its images are taken here, before the session leaves it.
        ProbeImages probeImages = probes == null ? ProbeImages.NONE : probes.probesFor(toTrain);
        updates = new RunUpdates(fx, this::apply);
        RunUpdates mine = updates;
        TrainingSession started = new TrainingSession(parts, toTrain,
                new TrainingSession.Plan(examples, from, probeImages));
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

    void pause() {
        if (session != null) {
            session.pause();
        }
    }

    void resume() {
        if (session != null) {
            session.resume();
        }
    }

    /** Ends the run at the next batch; the model so far is kept and tested. */
    void stop() {
        if (session != null) {
            session.stop();
        }
    }

    // --- the session, off the FX thread

    private TrainingSession.Events sessionEvents() {
        return new TrainingSession.Events() {
            @Override
            public void testing(int images) {
                fx.execute(() -> status.accept("Testing the model on " + images + " test images…"));
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
            status.accept(RunProgress.describe(update.state()));
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
        status.accept(record.describe());
        // The run's figures first, then the signals that it has ended: the list, then active.
        history.add(record);
        active.set(false);
        onEnded.run();
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
        status.accept(diagnosis.get());
        onEnded.run();
    }
}
