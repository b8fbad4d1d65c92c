package org.digitlab.ui.training;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.digitlab.training.RunState;
import org.digitlab.training.Trainer;
import org.digitlab.training.TrainingListener;
import org.digitlab.training.TrainingRequest;
import org.digitlab.training.TrainingResult;
import org.digitlab.training.TrainingRun;

/** A trainer whose runs the test drives: it sends the events and ends the run itself. */
final class FakeTrainer implements Trainer {

    final List<TrainingRequest> requests = new ArrayList<>();
    FakeRun run;

    @Override
    public TrainingRun start(TrainingRequest request, TrainingListener listener) {
        requests.add(request);
        run = new FakeRun(listener);
        listener.onStateChanged(RunState.RUNNING);
        return run;
    }

    /** Pause, resume and stop act at once, as the real run does at the next batch. */
    static final class FakeRun implements TrainingRun {
        final TrainingListener listener;
        final CompletableFuture<TrainingResult> result = new CompletableFuture<>();
        RunState state = RunState.RUNNING;
        boolean stopAsked;

        FakeRun(TrainingListener listener) {
            this.listener = listener;
        }

        @Override
        public RunState state() {
            return state;
        }

        @Override
        public void pause() {
            set(RunState.PAUSED);
        }

        @Override
        public void resume() {
            set(RunState.RUNNING);
        }

        @Override
        public void stop() {
            stopAsked = true;
            set(RunState.STOPPING);
        }

        void end(TrainingResult ending, RunState last) {
            set(last);
            listener.onFinished(ending);
            result.complete(ending);
        }

        private void set(RunState next) {
            state = next;
            listener.onStateChanged(next);
        }

        @Override
        public CompletableFuture<TrainingResult> result() {
            return result;
        }
    }
}
