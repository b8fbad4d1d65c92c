package org.digitlab.cli;

import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C during {@code train}: the first press asks the run to stop after the current batch and
 * says so at once (the test figures and the model file still follow, which takes seconds); the
 * second quits at once without saving.
 *
 * <p>Quitting without saving is safe because every model file is written to a temporary file and
 * moved into place ({@code AtomicFiles}): the file named by {@code --out} is either the old one or
 * the complete new one, never half of it, and the temporary file a quit may leave is removed by
 * the next run. Without this handler Ctrl-C starts the JVM's shutdown, whose hook has to wait
 * silently for the save, and a second Ctrl-C during a shutdown is ignored.
 */
final class CtrlC implements AutoCloseable {

    /** The exit status of a process ended by SIGINT, as shells report it (128 + 2). */
    static final int QUIT_STATUS = 130;
    private static final String SIGNAL = "INT";

    private final PrintWriter err;
    private final Runnable stop;
    private final Runnable quit;
    private final AtomicInteger presses = new AtomicInteger();
    private SignalHandler previous;

    /**
     * @param stop asks the run to stop at the next batch; called on the first press
     * @param quit ends the process without saving; called on the second
     */
    CtrlC(PrintWriter err, Runnable stop, Runnable quit) {
        this.err = err;
        this.stop = stop;
        this.quit = quit;
    }

    /** Handles Ctrl-C until closed; where the JVM does not let us (e.g. {@code -Xrs}), the shutdown hook stays. */
    CtrlC install() {
        try {
            previous = Signal.handle(new Signal(SIGNAL), signal -> press());
        } catch (IllegalArgumentException | UnsupportedOperationException notAllowed) {
            previous = null;
        }
        return this;
    }

    /** One press of Ctrl-C. */
    void press() {
        if (presses.incrementAndGet() == 1) {
            err.println("Stopping after this batch; the model will still be tested and saved."
                    + " Press Ctrl-C again to quit at once without saving.");
            err.flush();
            stop.run();
        } else {
            err.println("Quitting without saving.");
            err.flush();
            quit.run();
        }
    }

    @Override
    public void close() {
        if (previous != null) {
            Signal.handle(new Signal(SIGNAL), previous);
        }
    }

    /** Removes a shutdown hook unless the JVM is already shutting down (then the hook runs and waits for us). */
    static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // nothing to remove: the hook is running
        }
    }
}
