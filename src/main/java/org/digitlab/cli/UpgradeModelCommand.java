package org.digitlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.digitlab.data.OutputFiles;
import org.digitlab.engine.Engine;
import org.digitlab.model.TrainedModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code digitlab upgrade-model}: a model file written by an older Digit Lab, re-saved with the
 * network this version builds for its spec (a CNN that also takes DL4J's flat MNIST rows, the
 * versions that wrote it), its weights, spec, history and figures unchanged, bit for bit.
 */
@Command(name = "upgrade-model", mixinStandardHelpOptions = true,
        description = "Re-save a model file with this version's network configuration (CNNs then also take DL4J's"
                + " flat rows of 784 values); the weights stay bit-identical.")
final class UpgradeModelCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL.zip", description = "The model file to upgrade.")
    Path modelFile;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "Where to write the upgraded model (may be MODEL.zip itself).")
    Path out;

    private final Engine engine;

    UpgradeModelCommand(Engine engine) {
        this.engine = engine;
    }

    @Override
    public Integer call() throws IOException {
        TrainedModel model = engine.modelFiles().load(modelFile);
        OutputFiles.check(out, Files.size(modelFile) * 2);
        engine.modelFiles().save(engine.modelFiles().rebuild(model, modelFile), out);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("Wrote %s: %s with the same weights%n", out, model.spec().id());
        stdout.flush();
        return 0;
    }
}
