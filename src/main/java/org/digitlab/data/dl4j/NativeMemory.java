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
    }

    private static Glibc glibc;
    private static boolean glibcLooked;

    private NativeMemory() {
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
