package org.digitlab.ui.common;

import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The one way the window turns a failure into words: the message of the exception that started
 * it, without the wrappers that futures, lambdas and reflection put around it (a student should
 * read "no such file", not "java.util.concurrent.CompletionException: java.io...").
 */
public final class ErrorMessages {

    private ErrorMessages() {
    }

    /** The exception that started it, without the futures', lambdas' and reflection's wrappers. */
    public static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException
                || cause instanceof UncheckedIOException || cause instanceof InvocationTargetException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** The root cause's message, or its class's simple name when it has none. */
    public static String of(Throwable error) {
        Throwable cause = rootCause(error);
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
