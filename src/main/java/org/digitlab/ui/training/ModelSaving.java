package org.digitlab.ui.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.digitlab.model.ModelFiles;
import org.digitlab.ui.common.ErrorMessages;

/**
 * Writes the last run's model file off the FX thread: at once ("Save model…"), or once the run in
 * progress has stopped (closing the window with "stop and save"). Requests and results are on the
 * FX thread.
 */
final class ModelSaving {

    private final ModelFiles files;
    private final Executor background;
    private final Executor fx;
    private final Supplier<RunRecord> last;
    private final Consumer<String> status;
    private PendingSave pending;

    private record PendingSave(Path file, Runnable then) {
    }

    /**
     * @param last the run whose model is saved
     * @param status where "Saved model.zip" or the reason it failed is shown
     */
    ModelSaving(ModelFiles files, Executor background, Executor fx, Supplier<RunRecord> last,
            Consumer<String> status) {
        this.files = files;
        this.background = background;
        this.fx = fx;
        this.last = last;
        this.status = status;
    }

    CompletableFuture<Void> save(Path file) {
        RunRecord record = last.get();
        if (record == null || !record.hasModel()) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.runAsync(() -> {
            try {
                files.save(record.model(), file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, background).whenCompleteAsync((ok, error) -> status.accept(error == null ? "Saved " + file.getFileName()
                : "Cannot save " + file.getFileName() + ": " + ErrorMessages.of(error)), fx);
    }

    /** Saves to {@code file} when the run in progress has ended, then runs {@code then}. */
    void afterRun(Path file, Runnable then) {
        pending = new PendingSave(file, then);
    }

    /** Saves now, then runs {@code then} on the FX thread. */
    void now(Path file, Runnable then) {
        save(file).whenComplete((ok, error) -> fx.execute(then));
    }

    /** The run in progress has ended: a save asked for meanwhile happens now. */
    void runEnded() {
        PendingSave save = pending;
        pending = null;
        if (save != null) {
            now(save.file(), save.then());
        }
    }
}
