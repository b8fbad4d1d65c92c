package org.digitlab.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * The command line's one error path: every failure, {@link OutOfMemoryError} and other
 * {@link Error}s included, reaches the user as one line starting "digitlab: " and an exit status:
 * bad input (unreadable or corrupt files, impossible specs or settings, unknown ids) exits with 2,
 * anything else with 1. Stack traces only with {@code --verbose}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    /** How a user gives the JVM more memory through bin/digitlab. */
    static final String MORE_MEMORY = "DIGITLAB_JAVA_OPTS=-Xmx4g";

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parsed) {
        boolean verbose = parsed.hasMatchedOption("--verbose")
                || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"));
        String command = parsed.subcommands().isEmpty() ? "digitlab" : parsed.subcommands().get(0).commandSpec().name();
        return report(ex, cli, verbose, command);
    }

    /** A mistyped command line: one line and where the help is, not the whole usage text. */
    static int badArguments(CommandLine.ParameterException ex, String[] args) {
        CommandLine at = ex.getCommandLine();
        at.getErr().println("digitlab: " + oneLine(String.valueOf(ex.getMessage())) + " (see: "
                + at.getCommandSpec().qualifiedName() + " --help)");
        at.getErr().flush();
        return DigitLabCli.EXIT_BAD_INPUT;
    }

    /** Prints one line (and the stack trace when verbose) and returns the exit status. */
    static int report(Throwable thrown, CommandLine cli, boolean verbose, String command) {
        Throwable ex = unwrap(thrown);
        if (verbose) {
            ex.printStackTrace(cli.getErr());
        }
        cli.getErr().println("digitlab: " + oneLine(messageOf(ex, command)));
        cli.getErr().flush();
        return isBadInput(ex) ? DigitLabCli.EXIT_BAD_INPUT : DigitLabCli.EXIT_FAILURE;
    }

    static boolean isBadInput(Throwable ex) {
        return ex instanceof IOException
                || ex instanceof UncheckedIOException
                || ex instanceof IllegalArgumentException
                || ex instanceof BadInputException
                // Only input nested beyond reason (a JSON file of a million brackets) goes this deep.
                || ex instanceof StackOverflowError;
    }

    /** The exception that says what happened, not the wrappers of picocli or of a future. */
    private static Throwable unwrap(Throwable ex) {
        Throwable at = ex;
        while ((at instanceof CommandLine.ExecutionException || at instanceof CompletionException
                || at instanceof ExecutionException) && at.getCause() != null) {
            at = at.getCause();
        }
        return at;
    }

    private static String messageOf(Throwable ex, String command) {
        if (ex instanceof OutOfMemoryError) {
            return "ran out of memory while running '" + command + "'; try a smaller batch, model or input"
                    + " file, or give Java more memory, e.g. " + MORE_MEMORY + " bin/digitlab " + command + " ...";
        }
        if (ex instanceof StackOverflowError) {
            return "the input is nested too deeply to read while running '" + command + "'";
        }
        String message = ex.getMessage();
        if (ex instanceof FileSystemException fs && fs.getReason() != null) {
            return message;
        } else if (ex instanceof NoSuchFileException) {
            return message + ": no such file or folder";
        } else if (ex instanceof AccessDeniedException) {
            return message + ": permission denied";
        } else if (ex instanceof FileAlreadyExistsException) {
            return message + ": already exists and is in the way";
        } else if (ex instanceof NotDirectoryException) {
            return message + ": is not a folder";
        }
        if (message == null || message.isBlank()) {
            return ex.getClass().getSimpleName() + " while running '" + command + "'; run again with --verbose"
                    + " for the details";
        }
        return ex instanceof Error ? ex.getClass().getSimpleName() + ": " + message : message;
    }

    /** Engine messages span lines; the user gets one. */
    private static String oneLine(String message) {
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
