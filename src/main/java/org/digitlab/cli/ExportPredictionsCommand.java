package org.digitlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.digitlab.data.OutputFiles;
import org.digitlab.engine.Engine;
import org.digitlab.training.PredictionsCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code digitlab export-predictions}: notebook 002's CSV, with the probabilities added. */
@Command(name = "export-predictions", mixinStandardHelpOptions = true,
        description = "Write Actual,Predictions,P0..P9 for every test example to a CSV file.")
final class ExportPredictionsCommand implements Callable<Integer> {

    /** 10,000 rows of an actual class, a prediction and ten probabilities, ~130 bytes each, and room. */
    private static final long CSV_BYTES = 4L << 20;

    @Spec CommandSpec spec;

    @Option(names = "--model", paramLabel = "FILE", required = true) Path modelFile;

    @Option(names = "--dataset", paramLabel = "ID", description = "Dataset id (default: the model's).")
    String dataset;

    @Option(names = "--out", paramLabel = "FILE.csv", required = true) Path out;

    private final Engine engine;

    ExportPredictionsCommand(Engine engine) {
        this.engine = engine;
    }

    @Override
    public Integer call() throws IOException {
        OutputFiles.check(out, CSV_BYTES); // before the model and dataset load, not after
        ModelEvaluation evaluation = ModelEvaluation.run(engine, modelFile, dataset);
        PredictionsCsv.write(evaluation.result().predictions(), out);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("Wrote %d predictions to %s%n", evaluation.result().examples(), out);
        stdout.flush();
        return 0;
    }
}
