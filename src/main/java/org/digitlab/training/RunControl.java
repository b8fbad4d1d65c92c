package org.digitlab.training;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The state of a run and the requests to pause, resume and stop it. The training thread calls
 * {@link #checkpoint()} between batches: it blocks there while paused and learns there that a
 * stop was asked for, so every request takes effect at a batch boundary.
 */
public final class RunControl {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Consumer<RunState> onChange;
    private RunState state = RunState.IDLE;
    private volatile boolean pauseRequested;
    private volatile boolean stopRequested;

    /** @param onChange told of every state change, on the thread that caused it */
    public RunControl(Consumer<RunState> onChange) {
        this.onChange = onChange;
    }

    public RunState state() {
        lock.lock();
        try {
            return state;
        } finally {
            lock.unlock();
        }
    }

    public void pause() {
        update(() -> {
            if (state == RunState.RUNNING || state == RunState.IDLE) {
                pauseRequested = true;
            }
            return null;
        });
    }

    public void resume() {
        update(() -> {
            pauseRequested = false;
            return state == RunState.PAUSED ? RunState.RUNNING : null;
        });
    }

    public void stop() {
        update(() -> {
            if (state.isTerminal()) {
                return null;
            }
            stopRequested = true;
            pauseRequested = false;
            return RunState.STOPPING;
        });
    }

    public boolean isStopRequested() {
        lock.lock();
        try {
            return stopRequested;
        } finally {
            lock.unlock();
        }
    }

    /** The training thread starts. */
    public void started() {
        update(() -> stopRequested ? null : RunState.RUNNING);
    }

    /**
     * Called by the training thread between batches: waits while paused.
     *
     * @return true to go on, false when a stop was asked for
     * @throws InterruptedException when the training thread is interrupted while paused
     */
    public boolean checkpoint() throws InterruptedException {
        if (!pauseRequested && !stopRequested) {
            return true; // volatile fast path: no lock on every batch
        }
        lock.lock();
        try {
            if (pauseRequested && !stopRequested) {
                setState(RunState.PAUSED);
                while (pauseRequested && !stopRequested) {
                    changed.await();
                }
                if (!stopRequested) {
                    setState(RunState.RUNNING);
                }
            }
            return !stopRequested;
        } finally {
            lock.unlock();
        }
    }

    /** The run ended; {@code failed} for divergence or an error. */
    public void finished(boolean failed) {
        update(() -> failed ? RunState.FAILED : RunState.FINISHED);
    }

    private interface Transition {
        RunState next();
    }

    private void update(Transition transition) {
        RunState next;
        lock.lock();
        try {
            next = transition.next();
            if (next != null) {
                setState(next);
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void setState(RunState next) {
        if (next != state) {
            state = next;
            onChange.accept(next);
        }
    }
}
