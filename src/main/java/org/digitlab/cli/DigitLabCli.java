package org.digitlab.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import org.digitlab.data.DatasetStore;
import org.digitlab.engine.dl4j.Dl4jEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Entry point of {@code bin/digitlab}: parses the command line and runs one sub-command. */
@Command(
        name = "digitlab",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Digit Lab without a window: datasets, model summaries, training, evaluation.",
        subcommands = {
            DatasetsCommand.class,
            SummaryCommand.class,
            PresetsCommand.class,
            TrainCommand.class,
            EvaluateCommand.class,
            FinetuneCommand.class,
            ExportPredictionsCommand.class,
            RobustnessCommand.class,
            PredictCommand.class,
            ExplainCommand.class,
            BenchCommand.class,
            BenchPredictCommand.class,
            BenchControlCommand.class,
            LessonCommand.class,
            ImportKerasCommand.class,
            UpgradeModelCommand.class,
            CommandLine.HelpCommand.class
        })
public final class DigitLabCli implements Runnable {

    /** Exit status for bad arguments or bad input files. */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit status for any other failure. */
    public static final int EXIT_FAILURE = 1;

    @Option(names = "--verbose", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean verbose;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing sub-command");
    }

    /** Builds the configured command line; tests call {@code execute} on it with their own writers. */
    public static CommandLine commandLine() {
        // The engine first: its native set-up must come before anything loads ND4J's native code.
        CommandLine cli = new CommandLine(new DigitLabCli(), new EngineInjection(Dl4jEngine.create()));
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setParameterExceptionHandler(ErrorHandler::badArguments);
        return cli;
    }

    /** Runs the command line with the given writers and returns the exit status. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return execute(cli, args);
    }

    public static void main(String[] args) {
        int status;
        try {
            // What a killed run left in the folders Digit Lab writes (kill -9 runs no clean-up of its own).
            DatasetStore.defaultStore().cleanLeftovers();
            status = execute(commandLine(), args);
        } catch (Throwable t) { // the native set-up itself failed: still one line, no trace
            System.err.println("digitlab: cannot start: " + t);
            status = EXIT_FAILURE;
        }
        System.exit(status);
    }

    /**
     * Runs the command; what escapes picocli's handler (an {@link Error} such as
     * {@link OutOfMemoryError}) still ends as one line and an exit status.
     */
    static int execute(CommandLine cli, String... args) {
        try {
            return cli.execute(args);
        } catch (Throwable t) {
            List<String> given = Arrays.asList(args);
            String command = given.stream().filter(a -> !a.startsWith("-")).findFirst().orElse("digitlab");
            return ErrorHandler.report(t, cli, given.contains("--verbose"), command);
        }
    }
}
