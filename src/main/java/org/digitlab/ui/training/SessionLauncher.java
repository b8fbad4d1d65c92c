package org.digitlab.ui.training;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Runs a training session off the FX thread and reports its end on the FX thread. The session
 * does its blocking start (load the data, start the run) when called and returns the future of its
 * end (trained and tested). The app uses {@link TrainingService}, a {@code javafx.concurrent.Service}
 * whose task runs the start and then waits for the end; view-model tests call it directly.
 */
public interface SessionLauncher {

    /**
     * @param session starts the work; its exceptions, and its future's, go to {@code failed}
     * @param done called on the FX thread with the session's result
     * @param failed called on the FX thread when the session threw
     */
    <T> void launch(Callable<CompletableFuture<T>> session, Consumer<T> done, Consumer<Throwable> failed);
}
