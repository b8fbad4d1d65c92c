package org.digitlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.digitlab.data.DatasetStore;
import org.digitlab.data.collected.CollectedSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code digitlab datasets export ID --out FILE.zip}: a set of drawn digits as one file for another laptop. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a set of drawn digits as one zip, to import on another laptop.")
final class DatasetsExportCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The set, e.g. drawn-class-7b (`digitlab datasets` lists them).")
    String id;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The zip to write.")
    Path out;

    @Option(names = "--force", description = "Replace --out if it exists.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        DatasetStore store = DatasetStore.defaultStore();
        if (!CollectedSet.isCollectedId(id) || !store.collected().exists(id)) {
            throw new BadInputException("no set of drawn digits '" + id + "'; `digitlab datasets` lists them");
        }
        if (Files.exists(out) && !force) {
            throw new BadInputException("--out: " + out + " exists; choose another name or add --force to replace it");
        }
        store.collected().exportTo(id, out);
        spec.commandLine().getOut().printf("Wrote %s (%d drawings)%n", out, store.collected().load(id).size());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
