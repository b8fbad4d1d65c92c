package org.digitlab.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Background work where the newest request wins: at most one job is in flight on the background
 * executor; a request made meanwhile waits, and a newer request replaces it, so a fast hand on the
 * canvas or a quick series of choices never queues up stale work. Results reach {@code publish}
 * (failures {@code fail}, unwrapped by {@link ErrorMessages#rootCause}) on the {@code fx}
 * executor. Requests come from the FX thread. The app's one idiom for this, after JabRef's
 * {@code BackgroundTask} and {@code DelayTaskThrottler}: tests pass direct or queued executors.
 *
 * <p>Two policies: {@link #newestOnly} publishes only the result of the newest request (an
 * inspector's picture, a model being loaded); {@link #everyFinished} also publishes a result that
 * a newer request has overtaken, so a live prediction follows the pen while it is still moving.
 * {@link #cancel()} drops the pending request and the result of the one in flight in both.
 *
 * @param <T> what the work produces
 */
public final class LatestWork<T> {

    private final Executor background;
    private final Executor fx;
    private final Consumer<T> publish;
    private final Consumer<Throwable> fail;
    private final boolean publishOvertaken;
    private boolean inFlight;
    private Supplier<T> pending;
    private long generation;

    private LatestWork(Executor background, Executor fx, Consumer<T> publish, Consumer<Throwable> fail,
            boolean publishOvertaken) {
        this.background = background;
        this.fx = fx;
        this.publish = publish;
        this.fail = fail;
        this.publishOvertaken = publishOvertaken;
    }

    /** Publishes only what the newest request produced. */
    public static <T> LatestWork<T> newestOnly(Executor background, Executor fx, Consumer<T> publish,
            Consumer<Throwable> fail) {
        return new LatestWork<>(background, fx, publish, fail, false);
    }

    /** Publishes every finished job's result unless cancelled, then runs the newest request. */
    public static <T> LatestWork<T> everyFinished(Executor background, Executor fx, Consumer<T> publish,
            Consumer<Throwable> fail) {
        return new LatestWork<>(background, fx, publish, fail, true);
    }

    public void request(Supplier<T> work) {
        if (!publishOvertaken) {
            generation++;
        }
        submit(work);
    }

    /** Drops the pending request and the result of the one in flight (e.g. the canvas was cleared). */
    public void cancel() {
        generation++;
        pending = null;
    }

    /** True while a job runs: for tests and for views that show a busy state. */
    public boolean isBusy() {
        return inFlight;
    }

    private void submit(Supplier<T> work) {
        if (inFlight) {
            pending = work;
            return;
        }
        inFlight = true;
        long mine = generation;
        CompletableFuture<T> job;
        try {
            job = CompletableFuture.supplyAsync(work, background);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // The executor was shut down: the window is closing, and nothing is left to show. A
            // long job finishing then (a model's index of training images) may still ask for more.
            inFlight = false;
            pending = null;
            return;
        }
        job.whenCompleteAsync((result, error) -> {
            inFlight = false;
            Supplier<T> next = pending;
            pending = null;
            if (mine == generation) {
                if (error != null) {
                    fail.accept(ErrorMessages.rootCause(error));
                } else {
                    publish.accept(result);
                }
            }
            if (next != null) {
                submit(next);
            }
        }, fx);
    }
}
