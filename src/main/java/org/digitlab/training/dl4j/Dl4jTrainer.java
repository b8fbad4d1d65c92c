package org.digitlab.training.dl4j;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.digitlab.data.dl4j.NativeMemory;
import org.digitlab.training.RunControl;
import org.digitlab.training.RunState;
import org.digitlab.training.Trainer;
import org.digitlab.training.TrainingListener;
import org.digitlab.training.TrainingRequest;
import org.digitlab.training.TrainingResult;
import org.digitlab.training.TrainingRun;

/**
 * Runs each training run on its own daemon thread, so a closed window or an ended command line
 * never waits for it.
 */
public final class Dl4jTrainer implements Trainer {

    private static final AtomicInteger RUNS = new AtomicInteger();

    @Override
    public TrainingRun start(TrainingRequest request, TrainingListener listener) {
        RunControl control = new RunControl(listener::onStateChanged);
        CompletableFuture<TrainingResult> result = new CompletableFuture<>();
        Dl4jTrainingLoop loop = new Dl4jTrainingLoop(request, listener, control);
        // The training workspaces go before the result is handed on: completing the future runs the
        // callbacks waiting on it here (testing the model, say), which need workspaces of their own.
        Thread thread = new Thread(() -> {
            TrainingResult ended;
            try {
                ended = loop.run();
            } catch (Throwable t) { // a listener failed after the loop: callers must not wait for ever
                result.completeExceptionally(t);
                return;
            } finally {
                NativeMemory.releaseThisThread();
            }
            try {
                result.complete(ended);
            } finally {
                NativeMemory.releaseThisThread();
                NativeMemory.giveBack();
            }
        }, "digitlab-training-" + RUNS.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
        return new Run(control, result);
    }

    private record Run(RunControl control, CompletableFuture<TrainingResult> future)
            implements TrainingRun {

        @Override
        public RunState state() {
            return control.state();
        }

        @Override
        public void pause() {
            control.pause();
        }

        @Override
        public void resume() {
            control.resume();
        }

        @Override
        public void stop() {
            control.stop();
        }

        @Override
        public CompletableFuture<TrainingResult> result() {
            return future;
        }
    }
}
