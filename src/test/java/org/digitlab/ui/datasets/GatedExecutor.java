package org.digitlab.ui.datasets;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The app's two background threads, except that a closed gate holds every task until the test
 * opens it: a dataset load then lasts exactly as long as the test wants, so a race that needs a
 * slow load happens every time.
 */
final class GatedExecutor extends ThreadPoolExecutor {

    private volatile CountDownLatch gate = new CountDownLatch(0);

    GatedExecutor() {
        super(2, 2, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), daemonThreads());
    }

    /** Tasks that start from now on wait for {@link #open()}. */
    void close() {
        gate = new CountDownLatch(1);
    }

    void open() {
        gate.countDown();
    }

    @Override
    protected void beforeExecute(Thread thread, Runnable task) {
        try {
            gate.await();
        } catch (InterruptedException e) {
            thread.interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "test-gated-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
