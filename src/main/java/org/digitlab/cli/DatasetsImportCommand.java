package org.digitlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.digitlab.data.DatasetStore;
import org.digitlab.data.collected.CollectedSets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code digitlab datasets import FILE.zip}: a set of drawn digits exported on another laptop. A
 * set of the same name here is merged with it (drawings already there are left out) unless
 * {@code --rename} keeps both; a bad file is refused whole, naming what is wrong.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a set of drawn digits from a zip that another laptop exported.")
final class DatasetsImportCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The zip, as `digitlab datasets export` or the app wrote it.")
    Path zip;

    @Option(names = "--rename", description = "When a set of that name is here, keep both (\"Name (2)\") instead of "
            + "merging the new drawings into it.")
    boolean rename;

    @Override
    public Integer call() throws IOException {
        CollectedSets sets = DatasetStore.defaultStore().collected();
        CollectedSets.ImportReport report = sets.importFrom(zip,
                rename ? CollectedSets.Conflict.RENAME : CollectedSets.Conflict.MERGE);
        spec.commandLine().getOut().printf("%s: %s, now %s%n", zip.getFileName(), report.describe(), report.id());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
