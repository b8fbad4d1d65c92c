package org.digitlab.ui.datasets;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.digitlab.data.DatasetStore;
import org.digitlab.data.TrainTest;

/**
 * Loads a dataset on the background executor (~0.3 s for MNIST) and reports on the FX thread:
 * loading while it reads, missing with the store's explanation when it cannot. Only the latest
 * request counts. Part of {@link DatasetsViewModel}.
 */
final class DatasetLoader {

    private final DatasetStore store;
    private final Executor background;
    private final Executor fx;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper missing = new ReadOnlyBooleanWrapper(this, "missing");
    private final ReadOnlyStringWrapper missingMessage = new ReadOnlyStringWrapper(this, "missingMessage", "");
    private long generation;

    DatasetLoader(DatasetStore store, Executor background, Executor fx) {
        this.store = store;
        this.background = background;
        this.fx = fx;
    }

    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty missingProperty() {
        return missing.getReadOnlyProperty();
    }

    ReadOnlyStringProperty missingMessageProperty() {
        return missingMessage.getReadOnlyProperty();
    }

    /**
     * Reads dataset {@code id}; {@code onLoaded} gets it on the FX thread unless a newer request won,
     * so a slow load finishing after another choice is dropped, never shown under the new name.
     */
    void load(String id, Consumer<TrainTest> onLoaded) {
        long mine = ++generation;
        missing.set(false);
        loading.set(true);
        CompletableFuture.supplyAsync(() -> Transfers.load(store, id), background)
                .whenCompleteAsync((loaded, error) -> {
                    if (mine != generation) {
                        return; // a newer choice won
                    }
                    loading.set(false);
                    if (error != null) {
                        missing.set(true);
                        missingMessage.set(Failures.whyNotLoaded(id, error));
                        return;
                    }
                    onLoaded.accept(loaded);
                }, fx);
    }
}
