package org.digitlab.ui.datasets;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.digitlab.data.CancellationToken;

/**
 * One download or import at a time: runs it on the background executor, coalesces its progress
 * to the FX thread, and says in words how it ended. Part of {@link MissingDataset}.
 */
final class TransferModel {

    private final Executor background;
    private final Executor fx;
    private final ReadOnlyBooleanWrapper transferring = new ReadOnlyBooleanWrapper(this, "transferring");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private CancellationToken cancel;

    TransferModel(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
    }

    ReadOnlyBooleanProperty transferringProperty() {
        return transferring.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Runs {@code action}; {@code onSuccess} runs on the FX thread once it has completed. */
    void start(String verb, Transfers.Action action, Runnable onSuccess) {
        if (transferring.get()) {
            return;
        }
        CancellationToken token = new CancellationToken();
        cancel = token;
        transferring.set(true);
        progress.set(-1);
        message.set(verb + " starting…");
        ProgressThrottle throttle = new ProgressThrottle(fx, update -> {
            if (transferring.get()) { // a late update must not overwrite the outcome
                progress.set(update.fraction());
                message.set(update.stage());
            }
        }, ProgressThrottle.DEFAULT_INTERVAL_NANOS);
        CompletableFuture.runAsync(() -> Transfers.run(action, throttle, token), background)
                .whenCompleteAsync((done, error) -> {
                    transferring.set(false);
                    cancel = null;
                    message.set(error == null ? verb + " complete" : verb + " failed: " + Failures.describe(error));
                    if (error == null) {
                        onSuccess.run();
                    }
                }, fx);
    }

    void cancel() {
        if (cancel != null) {
            cancel.cancel();
        }
    }
}
