package org.digitlab.data.collected;

import java.io.IOException;

/**
 * A collected set's file or folder cannot be used: not a zip, a missing or unknown entry, a
 * truncated or oversized file, a label that is not a digit. The message is one line that starts
 * with the file's name and says what is wrong; nothing was written when it is thrown.
 */
public final class CollectedSetException extends IOException {

    private static final long serialVersionUID = 1L;

    public CollectedSetException(String where, String reason) {
        super(where + ": " + reason);
    }

    public CollectedSetException(String where, String reason, Throwable cause) {
        super(where + ": " + reason, cause);
    }
}
