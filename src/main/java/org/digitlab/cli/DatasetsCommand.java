package org.digitlab.cli;

import org.digitlab.data.collected.CollectedSet;
import org.digitlab.data.collected.CollectedSets;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.digitlab.data.DatasetCatalog;
import org.digitlab.data.DatasetInfo;
import org.digitlab.data.DatasetStatus;
import org.digitlab.data.DatasetStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code digitlab datasets}: what datasets are known, where they are, and what is missing. */
@Command(name = "datasets", mixinStandardHelpOptions = true,
        description = "List the known datasets, where they are found, and what is missing or damaged.",
        subcommands = {DatasetsDownloadCommand.class, DatasetsExportCommand.class, DatasetsImportCommand.class})
final class DatasetsCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DatasetStore store = DatasetStore.defaultStore();
        out.printf("Dataset cache: %s%n", store.home().resolve("datasets").toAbsolutePath().normalize());
        for (DatasetInfo info : DatasetCatalog.all()) {
            DatasetStatus status = store.status(info.id());
            out.printf("%-20s %-26s %dx%d  %s%n", info.id(), info.displayName(), info.rows(), info.cols(),
                    status.present() ? "present" : status.damaged().isEmpty() ? "MISSING" : "DAMAGED");
            if (info.derivedFrom() != null) {
                out.printf("    derived from %s%n", info.derivedFrom());
            }
            status.locations().forEach((name, path) -> out.printf("    %-26s %s%n", name,
                    path != null ? path.toAbsolutePath().normalize()
                            : status.damaged().containsKey(name) ? "damaged: " + status.damaged().get(name)
                            : "missing"));
            if (!status.present()) {
                out.printf("    get it with `digitlab datasets download %s`, with Download or Import in the app's"
                        + " Datasets section, or offline with scripts/fetch-datasets.sh%n",
                        info.derivedFrom() != null ? info.derivedFrom() : info.id());
            }
        }
        for (CollectedSets.Summary set : store.collected().list()) {
            out.printf("%-20s %-26s %dx%d  %d drawings, drawn in Digit Lab%n    %s%n", set.id(), set.name(),
                    CollectedSet.SIDE, CollectedSet.SIDE, set.size(),
                    store.collected().folderOf(set.id()).toAbsolutePath().normalize());
        }
        out.flush();
        return 0;
    }
}
