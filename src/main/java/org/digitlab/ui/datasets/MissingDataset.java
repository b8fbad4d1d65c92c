package org.digitlab.ui.datasets;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import org.digitlab.data.DatasetStore;

/**
 * The missing-dataset panel's state and commands: why the chosen dataset cannot be loaded, and
 * the download or import that fetches it. Apart from {@link DatasetsViewModel} because fetching is
 * its own small workflow (one transfer at a time, progress, cancel, how it ended) that the
 * browsing never looks into; the two meet only where a finished transfer loads the dataset again.
 */
public final class MissingDataset {

    private final DatasetStore store;
    private final DatasetLoader loader;
    private final TransferModel transfer;
    private final Supplier<String> datasetId;
    private final Runnable reload;
    private final BooleanBinding canDownload;

    /**
     * @param loader whose failure to load makes the dataset missing
     * @param background runs the transfer; {@code fx} gets its progress and outcome
     * @param datasetId the dataset chosen now, which a transfer fetches
     * @param reload loads the chosen dataset once a transfer has completed (on the FX thread)
     */
    MissingDataset(DatasetStore store, DatasetLoader loader, Executor background, Executor fx,
            Supplier<String> datasetId, Runnable reload) {
        this.store = store;
        this.loader = loader;
        this.transfer = new TransferModel(background, fx);
        this.datasetId = datasetId;
        this.reload = reload;
        canDownload = loader.missingProperty().and(transfer.transferringProperty().not());
    }

    // --- properties

    /** The chosen dataset cannot be loaded; {@link #missingMessageProperty()} says why. */
    public ReadOnlyBooleanProperty missingProperty() {
        return loader.missingProperty();
    }

    public ReadOnlyStringProperty missingMessageProperty() {
        return loader.missingMessageProperty();
    }

    /** A download or import is running. */
    public ReadOnlyBooleanProperty transferringProperty() {
        return transfer.transferringProperty();
    }

    /** 0..1, or -1 while the total is unknown. */
    public ReadOnlyDoubleProperty transferProgressProperty() {
        return transfer.progressProperty();
    }

    /** What a download or import is doing, or why it failed. */
    public ReadOnlyStringProperty transferMessageProperty() {
        return transfer.messageProperty();
    }

    /** Download and Import are offered: the dataset is missing and no transfer is running. */
    public BooleanBinding canDownloadProperty() {
        return canDownload;
    }

    // --- commands

    /** Downloads the missing dataset (SHA-256 verified), then loads it. */
    public void download() {
        String id = datasetId.get();
        start("Download", (progress, cancel) -> store.download(id, progress, cancel));
    }

    /** Copies the dataset's files from a folder (verified), then loads it. */
    public void importFrom(Path folder) {
        String id = datasetId.get();
        start("Import", (progress, cancel) -> store.importFrom(id, folder, progress, cancel));
    }

    /** Stops a running download or import; nothing half-written is kept. */
    public void cancel() {
        transfer.cancel();
    }

    private void start(String verb, Transfers.Action action) {
        if (canDownload.get()) {
            transfer.start(verb, action, reload);
        }
    }
}
