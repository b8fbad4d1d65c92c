package org.digitlab.data;

/**
 * Progress of a long operation (download, import, verification), knowing nothing of any UI.
 * Called on the worker's thread; a UI adapter hands the figures over to its own thread.
 */
@FunctionalInterface
public interface Progress {

    /** Ignores every update. */
    Progress NONE = (stage, done, total) -> { };

    /**
     * @param stage what is happening, e.g. "Downloading train-images-idx3-ubyte"
     * @param done  units (bytes) done so far in this stage
     * @param total units in this stage, or -1 if unknown (no Content-Length)
     */
    void update(String stage, long done, long total);
}
