package org.digitlab.ui.datasets;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.file.NoSuchFileException;
import org.digitlab.data.ChecksumMismatchException;
import org.digitlab.data.DatasetFormatException;
import org.digitlab.data.DatasetMissingException;
import org.digitlab.ui.common.ErrorMessages;

/**
 * Says in words why a download or import failed. The data layer's messages already name the
 * files; this adds what kind of failure it was, so "no network" is not mistaken for a bad file.
 */
final class Failures {

    private Failures() {
    }

    static String describe(Throwable error) {
        Throwable cause = ErrorMessages.rootCause(error);
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (isOffline(cause)) {
            return "no network: " + message;
        }
        if (cause instanceof ChecksumMismatchException) {
            return "checksum mismatch (nothing was kept): " + message;
        }
        if (cause instanceof InterruptedIOException) {
            return "cancelled (nothing half-written was kept)";
        }
        if (cause instanceof NoSuchFileException || cause instanceof DatasetFormatException) {
            return "wrong files: " + message;
        }
        return message;
    }

    /** Why a dataset could not be loaded: the store's own words when files are missing. */
    static String whyNotLoaded(String id, Throwable error) {
        Throwable cause = ErrorMessages.rootCause(error);
        return cause instanceof DatasetMissingException ? cause.getMessage()
                : "Cannot read " + id + ": " + describe(cause);
    }

    /** The HTTP client wraps refused connections and unknown hosts; look down the cause chain. */
    private static boolean isOffline(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof HttpConnectTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
