package org.digitlab.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions into a one-line message and an exit status: bad input (unreadable or corrupt
 * files, impossible specs, unknown ids) exits with 2, anything else with 1.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parsed) {
        boolean verbose = parsed.hasMatchedOption("--verbose")
                || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"));
        if (verbose) {
            ex.printStackTrace(cli.getErr());
        }
        cli.getErr().println("digitlab: " + messageOf(ex));
        cli.getErr().flush();
        return isBadInput(ex) ? DigitLabCli.EXIT_BAD_INPUT : DigitLabCli.EXIT_FAILURE;
    }

    static boolean isBadInput(Throwable ex) {
        return ex instanceof IOException
                || ex instanceof UncheckedIOException
                || ex instanceof IllegalArgumentException
                || ex instanceof BadInputException;
    }

    private static String messageOf(Throwable ex) {
        String message = ex.getMessage();
        return message == null || message.isBlank() ? ex.getClass().getSimpleName() : message;
    }
}
