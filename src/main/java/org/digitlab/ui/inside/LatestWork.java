package org.digitlab.ui.inside;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs work for the newest state only: at most one job is in flight on the background executor;
 * a request made meanwhile waits, and a newer request replaces it, so a fast hand on the canvas
 * never queues up stale work. Results reach {@code publish} on the {@code fx} executor. Requests
 * come from the FX thread.
 *
 * @param <T> what the work produces
 */
final class LatestWork<T> {

    private final Executor background;
    private final Executor fx;
    private final Consumer<T> publish;
    private final Consumer<Throwable> fail;
    private boolean inFlight;
    private Supplier<T> pending;
    private long generation;

    LatestWork(Executor background, Executor fx, Consumer<T> publish, Consumer<Throwable> fail) {
        this.background = background;
        this.fx = fx;
        this.publish = publish;
        this.fail = fail;
    }

    void request(Supplier<T> work) {
        generation++;
        submit(work);
    }

    /** Drops the pending request and the result of the one in flight (e.g. the canvas was cleared). */
    void cancel() {
        generation++;
        pending = null;
    }

    private void submit(Supplier<T> work) {
        if (inFlight) {
            pending = work;
            return;
        }
        inFlight = true;
        long mine = generation;
        CompletableFuture.supplyAsync(work, background).whenCompleteAsync((result, error) -> {
            inFlight = false;
            Supplier<T> next = pending;
            pending = null;
            if (next != null) {
                submit(next); // this result is already stale: skip it
            } else if (mine != generation) {
                return;
            } else if (error != null) {
                fail.accept(error);
            } else {
                publish.accept(result);
            }
        }, fx);
    }
}
