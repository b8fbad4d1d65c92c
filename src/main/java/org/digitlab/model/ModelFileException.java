package org.digitlab.model;

import java.io.IOException;
import java.nio.file.Path;

/** A model file that cannot be used: corrupt, truncated, foreign, or inconsistent. */
public final class ModelFileException extends IOException {

    private final transient Path file;

    public ModelFileException(Path file, String reason) {
        super(file.getFileName() + ": " + reason);
        this.file = file;
    }

    public ModelFileException(Path file, String reason, Throwable cause) {
        super(file.getFileName() + ": " + reason, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
