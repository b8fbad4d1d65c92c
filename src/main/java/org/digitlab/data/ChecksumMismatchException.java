package org.digitlab.data;

import java.nio.file.Path;

/**
 * The uncompressed content of a downloaded or imported file does not have the pinned SHA-256: a
 * corrupted transfer, a tampered mirror, or simply a different file with the same name.
 */
public class ChecksumMismatchException extends DatasetFormatException {

    private static final long serialVersionUID = 1L;

    private final String expected;
    private final String actual;

    public ChecksumMismatchException(Path file, String expected, String actual) {
        super(file, "SHA-256 of the uncompressed content is " + actual + ", expected " + expected);
        this.expected = expected;
        this.actual = actual;
    }

    public String expected() {
        return expected;
    }

    public String actual() {
        return actual;
    }
}
