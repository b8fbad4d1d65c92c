package org.digitlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.digitlab.data.OutputFiles;
import org.digitlab.engine.Engine;
import org.digitlab.model.ModelFileException;
import org.digitlab.model.ModelSummary;
import org.digitlab.model.TrainedModel;
import org.digitlab.model.keras.KerasFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code digitlab import-keras}: a Keras Sequential model (Keras 2 or 3 {@code .h5}, Keras 3
 * {@code .keras}) becomes a Digit Lab model file with the same predictions.
 */
@Command(name = "import-keras", mixinStandardHelpOptions = true,
        description = "Import a Keras Sequential model (.h5 of Keras 2 or 3, .keras of Keras 3) as a Digit Lab"
                + " model file: the same layers and weights, the same predictions.")
final class ImportKerasCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The Keras file (.h5, .hdf5 or .keras).")
    Path kerasFile;

    @Option(names = "--out", paramLabel = "MODEL.zip", required = true, description = "Model file to write (.zip).")
    Path out;

    private final Engine engine;

    ImportKerasCommand(Engine engine) {
        this.engine = engine;
    }

    @Override
    public Integer call() throws IOException {
        if (!KerasFormat.isKerasName(kerasFile)) {
            throw new ModelFileException(kerasFile, "not a Keras file name: Digit Lab imports .h5, .hdf5 and .keras"
                    + " files (a Digit Lab .zip needs no import)");
        }
        KerasFormat.of(kerasFile); // missing, too large or neither HDF5 nor zip: refused before anything else
        OutputFiles.check(out, Math.max(Files.size(kerasFile), 1) * 2);
        boolean replacing = Files.exists(out);
        TrainedModel model = engine.modelFiles().load(kerasFile);
        engine.modelFiles().save(model, out);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(ModelSummary.of(model.spec()).format());
        stdout.println(model.metadata().source());
        stdout.printf("Wrote %s%s%n", out, replacing ? " (replacing the file that was there)" : "");
        stdout.flush();
        return 0;
    }
}
