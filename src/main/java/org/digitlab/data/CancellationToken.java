package org.digitlab.data;

/**
 * A flag that a UI sets to stop a download or import; the worker checks it between reads and
 * stops with an {@link java.io.InterruptedIOException}, leaving no partial file behind.
 *
 * <p>A small class rather than a {@code BooleanSupplier} so that the call sites read as what they
 * are ({@code cancel.isCancelled()}) and the "Cancel" button has something to call.
 */
public final class CancellationToken {

    private volatile boolean cancelled;

    /** A fresh token that nobody else holds, for callers that never cancel. */
    public static CancellationToken none() {
        return new CancellationToken();
    }

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
