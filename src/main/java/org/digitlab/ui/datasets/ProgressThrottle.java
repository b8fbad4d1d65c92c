package org.digitlab.ui.datasets;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.digitlab.data.Progress;

/**
 * Turns a worker's {@link Progress} callbacks (thousands a second while bytes arrive) into at most
 * one hand-off to the FX thread per interval, always carrying the newest figures, so a download
 * never floods the event queue.
 */
final class ProgressThrottle implements Progress {

    /** At most ~20 updates a second: smooth to the eye, cheap for the FX thread. */
    static final long DEFAULT_INTERVAL_NANOS = 50_000_000L;

    /** One progress report. */
    record Update(String stage, long done, long total) {

        /** 0..1, or -1 (indeterminate) when the total is unknown. */
        double fraction() {
            return total > 0 ? Math.min(1.0, (double) done / total) : -1;
        }
    }

    private final Executor fx;
    private final Consumer<Update> sink;
    private final long intervalNanos;
    private final AtomicReference<Update> latest = new AtomicReference<>();
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile long lastPost = Long.MIN_VALUE;

    ProgressThrottle(Executor fx, Consumer<Update> sink, long intervalNanos) {
        this.fx = fx;
        this.sink = sink;
        this.intervalNanos = intervalNanos;
    }

    @Override
    public void update(String stage, long done, long total) {
        latest.set(new Update(stage, done, total));
        long now = System.nanoTime();
        boolean due = lastPost == Long.MIN_VALUE || now - lastPost >= intervalNanos;
        if (due && pending.compareAndSet(false, true)) {
            lastPost = now;
            fx.execute(this::deliver);
        }
    }

    private void deliver() {
        pending.set(false);
        Update update = latest.get();
        if (update != null) {
            sink.accept(update);
        }
    }
}
