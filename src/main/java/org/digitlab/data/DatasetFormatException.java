package org.digitlab.data;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A dataset file exists but its content is not what it should be: wrong magic number, impossible
 * dimensions, truncated or trailing bytes, labels out of range. The message starts with the file
 * name so that a user can tell which of the four files is broken.
 */
public class DatasetFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String reason;

    public DatasetFormatException(Path file, String reason) {
        super(nameOf(file) + ": " + reason);
        this.file = Objects.requireNonNull(file, "file");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The offending file. */
    public Path file() {
        return file;
    }

    /** What is wrong, without the file name. */
    public String reason() {
        return reason;
    }

    static String nameOf(Path file) {
        Path name = file == null ? null : file.getFileName();
        return name == null ? String.valueOf(file) : name.toString();
    }
}
