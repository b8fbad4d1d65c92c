package org.digitlab.data;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A flag that a UI sets to stop a download or import; the worker checks it between reads and
 * stops with an {@link java.io.InterruptedIOException}, leaving no partial file behind.
 *
 * <p>Checking between reads is not enough when a read itself blocks (a server that stops sending),
 * so a worker can also {@link #onCancel register} an action, such as closing its connection, that
 * {@link #cancel()} runs on the cancelling thread and that unblocks the read at once.
 *
 * <p>A small class rather than a {@code BooleanSupplier} so that the call sites read as what they
 * are ({@code cancel.isCancelled()}) and the "Cancel" button has something to call.
 */
public final class CancellationToken {

    /** Undoes an {@link #onCancel} registration; closing it twice is harmless. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    private final List<Runnable> onCancel = new CopyOnWriteArrayList<>();
    private volatile boolean cancelled;

    /** A fresh token that nobody else holds, for callers that never cancel. */
    public static CancellationToken none() {
        return new CancellationToken();
    }

    public void cancel() {
        cancelled = true;
        onCancel.forEach(Runnable::run);
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * Runs {@code action} when the token is cancelled (at once if it already is) until the
     * returned registration is closed. The action runs on the thread that cancels, so it must be
     * quick and safe to call from any thread, like closing a socket.
     */
    public Registration onCancel(Runnable action) {
        onCancel.add(action);
        if (cancelled) {
            action.run();
        }
        return () -> onCancel.remove(action);
    }
}
