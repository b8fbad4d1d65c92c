package org.digitlab.ui.training;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs the blocking part of a training session (load the data, train, test) off the FX thread
 * and reports its end on the FX thread. The app uses {@link TrainingService}, a
 * {@code javafx.concurrent.Service}; view-model tests use a plain thread or the calling one.
 */
public interface SessionLauncher {

    /**
     * @param session the work; its exceptions go to {@code failed}
     * @param done called on the FX thread with the session's result
     * @param failed called on the FX thread when the session threw
     */
    <T> void launch(Callable<T> session, Consumer<T> done, Consumer<Throwable> failed);
}
