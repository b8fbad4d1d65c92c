package org.digitlab.data.dl4j;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Hands native memory back when a burst of work ends, so that the app's resident memory comes
 * back down after a training run or an evaluation instead of staying at its peak (a 4 GB school
 * laptop has no room for a peak that stays).
 *
 * <p>Two things keep memory after ND4J is done with it. DL4J's workspaces (the arenas that hold a
 * network's activations and gradients, hundreds of MB for a CNN on big batches) belong to the
 * thread that used them and live until that thread calls for their end: a thread that dies
 * without doing so leaves them to the garbage collector, which may not come for minutes. And
 * glibc keeps freed blocks in its heaps rather than returning them to the system;
 * {@code malloc_trim} returns what is free.
 */
public final class NativeMemory {

    /** glibc's {@code malloc_trim}; other C libraries return memory on their own terms. */
    private interface Glibc extends Library {
        int malloc_trim(long pad);

        int mallopt(int param, int value);
    }

    /** glibc's {@code M_MMAP_THRESHOLD} and {@code M_ARENA_MAX} (malloc.h). */
    private static final int M_MMAP_THRESHOLD = -3;
    private static final int M_ARENA_MAX = -8;
    /** Blocks from 1 MB up get their own mapping, returned to the system when freed. */
    static final int MMAP_THRESHOLD = 1 << 20;
    /** Two malloc arenas: glibc's default, eight per core, keeps up to 64 MB per thread that allocates. */
    static final int ARENA_MAX = 2;

    private static Glibc glibc;
    private static boolean glibcLooked;

    private NativeMemory() {
    }

    /**
     * Tunes glibc's malloc for ND4J, as early in the process as possible (the launchers also set
     * the same through {@code MALLOC_ARENA_MAX} and {@code MALLOC_MMAP_THRESHOLD_}, which win).
     * glibc raises its mmap threshold to the size of every large block freed, up to 32 MB, after
     * which ND4J's many blocks of a few MB (a CNN's activations outside workspaces, oneDNN's
     * reorders) are carved from the heaps and stay resident when freed: ~150 MB more during a
     * cnn-3conv run, at no measurable gain in speed (README, "Memory"). A fixed threshold keeps
     * them mapped on their own. The arena limit only takes where few arenas exist yet.
     */
    public static void tuneMalloc() {
        Glibc c = glibc();
        if (c == null) {
            return;
        }
        if (System.getenv("MALLOC_MMAP_THRESHOLD_") == null) {
            c.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD);
        }
        if (System.getenv("MALLOC_ARENA_MAX") == null) {
            c.mallopt(M_ARENA_MAX, ARENA_MAX);
        }
    }

    /**
     * Frees the workspaces of the calling thread and returns free heap memory to the system. Call
     * it on the thread that ran the network, when its work is over: the next use on this thread
     * only allocates its workspaces again.
     */
    public static void releaseThisThread() {
        Nd4j.getWorkspaceManager().destroyAllWorkspacesForCurrentThread();
        trim();
    }

    /**
     * After a burst (a run, an evaluation, a dataset let go): a full collection, so that the
     * garbage of the burst leaves the heap, the heap shrinks to what is live (the launchers' GC
     * options), and ND4J frees the native buffers of arrays no longer referenced; then a trim.
     * Without it a big dataset let go sits in the old generation, counted as resident memory,
     * until the heap happens to fill. Call it off the FX thread: it takes a fraction of a second.
     */
    public static void giveBack() {
        System.gc();
        trim();
    }

    /** Returns free memory of glibc's heaps to the system (Linux with glibc; nothing elsewhere). */
    public static void trim() {
        Glibc c = glibc();
        if (c != null) {
            c.malloc_trim(0);
        }
    }

    private static synchronized Glibc glibc() {
        if (!glibcLooked) {
            glibcLooked = true;
            try {
                glibc = Platform.isLinux() ? (Glibc) Native.loadLibrary("c", Glibc.class) : null;
            } catch (UnsatisfiedLinkError | RuntimeException e) {
                glibc = null; // musl or an unusual system: no trim, memory still comes back on reuse
            }
        }
        return glibc;
    }
}
