package org.digitlab.ui.training;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.concurrent.Service;
import javafx.concurrent.Task;

/**
 * The training session as a {@code javafx.concurrent.Service}: one session at a time, on the
 * service's own daemon thread (not the shared background pool, which a long run would block),
 * with success and failure delivered on the FX thread. The view-model knows it only as a
 * {@link SessionLauncher}.
 */
public final class TrainingService extends Service<Object> implements SessionLauncher {

    private Callable<? extends CompletableFuture<?>> session;
    private Consumer<Object> done;
    private Consumer<Throwable> failed;

    @Override
    @SuppressWarnings("unchecked")
    public <T> void launch(Callable<CompletableFuture<T>> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        if (isRunning()) {
            throw new IllegalStateException("a training session is already running");
        }
        session = work;
        done = value -> onDone.accept((T) value);
        failed = onFailed;
        setOnSucceeded(e -> done.accept(getValue()));
        setOnFailed(e -> failed.accept(getException()));
        restart();
    }

    @Override
    protected Task<Object> createTask() {
        Callable<? extends CompletableFuture<?>> work = session;
        return new Task<>() {
            @Override
            protected Object call() throws Exception {
                try {
                    return work.call().get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        };
    }
}
