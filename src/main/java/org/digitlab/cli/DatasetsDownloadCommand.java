package org.digitlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.digitlab.data.CancellationToken;
import org.digitlab.data.DatasetCatalog;
import org.digitlab.data.DatasetStore;
import org.digitlab.data.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code digitlab datasets download ID}: fetches a dataset into the cache from its mirrors (the
 * command that the "missing" and "damaged" messages name), verifying every file. Ctrl-C cancels
 * and waits for the partial file to be removed before the process ends.
 */
@Command(name = "download", mixinStandardHelpOptions = true,
        description = "Download a dataset into the cache from its mirrors, verifying every file's SHA-256.")
final class DatasetsDownloadCommand implements Callable<Integer> {

    /** How long Ctrl-C waits for the download to remove its partial file. */
    private static final long CANCEL_WAIT_SECONDS = 5;
    private static final int PERCENT = 100;

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The dataset, e.g. mnist or fashion-mnist.")
    String id;

    @Override
    public Integer call() throws IOException {
        DatasetCatalog.get(id); // an unknown id is bad input, listing the known ones
        PrintWriter err = spec.commandLine().getErr();
        DatasetStore store = DatasetStore.defaultStore();
        CancellationToken cancel = new CancellationToken();
        CountDownLatch finished = new CountDownLatch(1);
        Thread onCtrlC = new Thread(() -> {
            cancel.cancel();
            awaitQuietly(finished);
        }, "digitlab-download-ctrl-c");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        try {
            store.download(id, new PercentPrinter(err), cancel);
        } finally {
            finished.countDown();
            CtrlC.removeHook(onCtrlC);
        }
        spec.commandLine().getOut().printf("%s is in %s%n", id, store.cacheDir(id).toAbsolutePath().normalize());
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static void awaitQuietly(CountDownLatch finished) {
        try {
            finished.await(CANCEL_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }


    /** One line per stage and per whole ten percent, so a log stays short. */
    private static final class PercentPrinter implements Progress {
        private final PrintWriter err;
        private String stage;
        private long lastTenth = -1;

        PercentPrinter(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void update(String stage, long done, long total) {
            long tenth = total > 0 ? done * 10 / total : -1;
            if (!stage.equals(this.stage)) {
                this.stage = stage;
                lastTenth = -1;
                err.println(stage);
            }
            if (tenth > lastTenth && tenth >= 0) {
                lastTenth = tenth;
                err.printf("  %d%%%n", Math.min(PERCENT, tenth * 10));
            }
            err.flush();
        }
    }
}
