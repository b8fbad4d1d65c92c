package org.digitlab.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Runs one fuzz try under the rule's bounds: it must end within a time limit (a hang fails the
 * try instead of the build) and allocate no more than a limit on the heap, counted by the JVM
 * for the thread that runs it (so a reader that trusts a header and allocates gigabytes fails
 * here even when the heap happens to be large enough).
 */
public final class Bounded {

    /** Far above what any reader needs for these small inputs, far below what a trusted header asks. */
    public static final long HEAP_LIMIT = 512L << 20;
    public static final Duration TIME_LIMIT = Duration.ofSeconds(10);

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private Bounded() {
    }

    /** Calls {@code action} within {@link #TIME_LIMIT} and {@link #HEAP_LIMIT}; its result or its exception. */
    public static <T> T call(Callable<T> action) throws Exception {
        return assertTimeoutPreemptively(TIME_LIMIT, () -> {
            long before = THREADS.getCurrentThreadAllocatedBytes();
            try {
                return action.call();
            } finally {
                long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
                if (allocated > HEAP_LIMIT) {
                    throw new AssertionError("allocated " + (allocated >> 20) + " MB, more than the "
                            + (HEAP_LIMIT >> 20) + " MB limit, for one small input");
                }
            }
        });
    }
}
