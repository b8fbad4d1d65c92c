package org.digitlab.cli;

/** A user error that the command line reports with exit status 2 and no stack trace. */
final class BadInputException extends RuntimeException {
    BadInputException(String message) {
        super(message);
    }
}
