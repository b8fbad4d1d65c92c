package org.digitlab.ui.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.digitlab.ui.common.ErrorMessages;

/**
 * Writes an export (a CSV, a picture, a report folder) on the background executor and says so in
 * the status line: "Writing the report…", then where it went or why it could not be written.
 * Requests and the status come on the FX thread.
 */
final class BackgroundWrites {

    /** The writing itself, which may fail with an {@link IOException}. */
    interface Io<T> {
        T run() throws IOException;
    }

    private final Executor background;
    private final Executor fx;
    private final Consumer<String> status;

    BackgroundWrites(Executor background, Executor fx, Consumer<String> status) {
        this.background = background;
        this.fx = fx;
        this.status = status;
    }

    /** @param what "predictions", "picture", "report": named in the status line */
    <T> CompletableFuture<T> write(String what, Io<T> io) {
        status.accept("Writing the " + what + "…");
        CompletableFuture<T> done = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> {
            try {
                return io.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, background).whenCompleteAsync((written, error) -> {
            if (error != null) {
                status.accept("Could not write the " + what + ": " + ErrorMessages.of(error));
                done.completeExceptionally(error);
            } else {
                status.accept("Wrote the " + what + (written instanceof Path p ? " to " + p : ""));
                done.complete(written);
            }
        }, fx);
        return done;
    }
}
