package org.digitlab.ui.datasets;

import java.nio.file.Path;
import java.util.Collections;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.digitlab.data.DatasetCatalog;
import org.digitlab.data.DatasetInfo;
import org.digitlab.data.DatasetSplit;
import org.digitlab.data.DatasetStore;
import org.digitlab.data.ImageSet;
import org.digitlab.data.TrainTest;
import org.digitlab.inference.Predictor;

/**
 * State and commands of the dataset browser: which dataset and split, the label filter, the image
 * indices the grid shows, the selected image, class balance, and the missing-dataset panel's
 * download and import. Loading, downloading and prediction run on {@code background}; results
 * come back through {@code fx}, so tests pass direct executors and need no FX toolkit.
 */
public final class DatasetsViewModel {

    private final DatasetStore store;
    private final ObservableValue<Predictor> predictor;

    private final ObservableList<DatasetInfo> datasets = FXCollections.observableArrayList(DatasetCatalog.all());
    private final Executor background;
    private final Executor fx;
    private final ReadOnlyObjectWrapper<DatasetInfo> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ReadOnlyObjectWrapper<DatasetSplit> split =
            new ReadOnlyObjectWrapper<>(this, "split", DatasetSplit.TRAIN);
    private final ReadOnlyObjectWrapper<Integer> labelFilter = new ReadOnlyObjectWrapper<>(this, "labelFilter");
    private final ObservableList<Integer> indices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ShownImages> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyObjectWrapper<ImageSet> images = new ReadOnlyObjectWrapper<>(this, "images");
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(this, "selectedIndex", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final DatasetLoader loader;
    private final TransferModel transfer;
    private final SelectionPredictor prediction;

    private final ReadOnlyStringWrapper datasetId = new ReadOnlyStringWrapper(this, "datasetId");
    private final IntegerBinding selectedLabel;
    private final ObjectBinding<int[]> selectedPixels;
    private final ObjectBinding<int[]> classCounts;
    private final BooleanBinding canDownload;
    private final BooleanBinding browsing;

    /** The loaded dataset and what it was loaded as; both null while nothing is loaded. */
    private TrainTest data;
    private DatasetInfo dataInfo;
    /** Whether the browser is on screen; a hidden one lets go of its images. */
    private boolean showing = true;
    /** The image selected when the browser was hidden, selected again once it shows. */
    private int selectedWhenHidden = -1;

    public DatasetsViewModel(DatasetStore store, Executor background, Executor fx,
            ObservableValue<Predictor> predictor) {
        this.store = store;
        this.background = background;
        this.fx = fx;
        this.loader = new DatasetLoader(store, background, fx);
        this.predictor = predictor;
        this.transfer = new TransferModel(background, fx);
        this.prediction = new SelectionPredictor(background, fx);
        images.bind(Bindings.createObjectBinding(() -> shown.get() == null ? null : shown.get().images(), shown));
        datasetId.bind(Bindings.createStringBinding(() -> dataset.get() == null ? null : dataset.get().id(), dataset));
        selectedLabel = Bindings.createIntegerBinding(() -> hasSelection() ? images.get().label(selectedIndex.get())
                : -1, images, selectedIndex);
        selectedPixels = Bindings.createObjectBinding(() -> hasSelection()
                ? Pixels.unsigned(images.get().copyImage(selectedIndex.get())) : null, images, selectedIndex);
        classCounts = Bindings.createObjectBinding(() -> shown.get() == null ? new int[0]
                : shown.get().images().classCounts(shown.get().dataset().numClasses()), shown);
        canDownload = loader.missingProperty().and(transfer.transferringProperty().not());
        browsing = loader.missingProperty().not().and(loader.loadingProperty().not()).and(images.isNotNull());
        predictor.addListener((obs, old, now) -> predict());
        selectedIndex.addListener((obs, old, now) -> predict());
    }

    // --- properties

    public ObservableList<DatasetInfo> datasets() {
        return datasets;
    }

    public ReadOnlyObjectProperty<DatasetInfo> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    /** The chosen dataset's id, for the status bar. */
    public ReadOnlyStringProperty datasetIdProperty() {
        return datasetId.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DatasetSplit> splitProperty() {
        return split.getReadOnlyProperty();
    }

    /** The label the grid is limited to, {@code null} for all. */
    public ReadOnlyObjectProperty<Integer> labelFilterProperty() {
        return labelFilter.getReadOnlyProperty();
    }

    /** Indices (into the split) of the images the grid shows, ascending. */
    public ObservableList<Integer> indices() {
        return FXCollections.unmodifiableObservableList(indices);
    }

    /**
     * The images the grid shows with the dataset and split they belong to, {@code null} while
     * loading: a cell reads name, labels and pictures from this one value.
     */
    public ReadOnlyObjectProperty<ShownImages> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The images of the chosen split, {@code null} until loaded. */
    public ReadOnlyObjectProperty<ImageSet> imagesProperty() {
        return images.getReadOnlyProperty();
    }

    /** Index of the selected image in the split, -1 for none. */
    public ReadOnlyIntegerProperty selectedIndexProperty() {
        return selectedIndex.getReadOnlyProperty();
    }

    /** Label of the selected image, -1 for none. */
    public IntegerBinding selectedLabelProperty() {
        return selectedLabel;
    }

    /** The selected image's pixels, row by row, 0..255; {@code null} for none. */
    public ObjectBinding<int[]> selectedPixelsProperty() {
        return selectedPixels;
    }

    /** Images per class in the chosen split. */
    public ObjectBinding<int[]> classCountsProperty() {
        return classCounts;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loader.loadingProperty();
    }

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

    /** Why a jump was refused; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The current model's probabilities for the selected image, {@code null} when there are none. */
    public ReadOnlyObjectProperty<float[]> probabilitiesProperty() {
        return prediction.probabilitiesProperty();
    }

    /**
     * Why there are no probabilities: no model, another image size, or a model of other classes
     * ("This model reads digits; it was not trained on Fashion-MNIST, …"); empty when there are.
     */
    public ReadOnlyStringProperty predictionNoteProperty() {
        return prediction.noteProperty();
    }

    public BooleanBinding canDownloadProperty() {
        return canDownload;
    }

    /** The grid has something to show: loaded and not missing. */
    public BooleanBinding browsingProperty() {
        return browsing;
    }

    // --- commands

    /** Shows a dataset, loading it in the background. */
    public void selectDataset(String id) {
        DatasetInfo info = datasets.stream().filter(d -> d.id().equals(id)).findFirst()
                .orElseGet(() -> store.info(id));
        if (info.equals(dataset.get()) && (data != null || loader.loadingProperty().get())) {
            return;
        }
        // The old images go before the new name is announced: listeners of the name (the label
        // filter, the grid's cells) must never see the new name beside the old pictures.
        clear();
        labelFilter.set(null);
        if (info.collected()) {
            split.set(DatasetSplit.TEST); // a collected set keeps every drawing in its test split
        }
        dataset.set(info);
        if (showing) {
            load();
        }
    }

    /**
     * The browser went off screen (another tab) or came back. Off screen it lets go of its images,
     * which nothing else may need (the 56×56 set is 235 MB of a 4 GB laptop's memory); back on
     * screen it loads them again, with the same split, filter and selected image.
     */
    public void setShowing(boolean now) {
        if (now == showing) {
            return;
        }
        showing = now;
        if (now) {
            refreshDatasets();
        }
        if (!now) {
            selectedWhenHidden = selectedIndex.get();
            clear();
        } else if (dataset.get() != null && data == null) {
            load();
        }
    }

    public void selectSplit(DatasetSplit chosen) {
        split.set(chosen);
        if (data != null) {
            show(new ShownImages(dataInfo, chosen, chosen.of(data)));
        }
    }

    /** Limits the grid to one label ({@code null}: all) and keeps the selection inside it. */
    public void filter(Integer label) {
        labelFilter.set(label);
        refilter();
        if (positionOf(selectedIndex.get()) < 0) {
            selectedIndex.set(indices.isEmpty() ? -1 : indices.get(0));
        }
    }

    /** Selects an image by its index in the split, dropping a filter that hides it. */
    public boolean jumpTo(int index) {
        ImageSet set = images.get();
        if (set == null || index < 0 || index >= set.size()) {
            message.set(set == null ? "nothing loaded yet"
                    : "no image " + index + ": this split has images 0 to " + (set.size() - 1));
            return false;
        }
        if (labelFilter.get() != null && labelFilter.get() != set.label(index)) {
            filter(null);
        }
        message.set("");
        selectedIndex.set(index);
        return true;
    }

    /** Selects an image the grid shows. */
    public void select(int index) {
        selectedIndex.set(index);
    }

    /** Where an image index sits in {@link #indices()}, or -1 when filtered out. */
    public int positionOf(int index) {
        return Math.max(-1, Collections.binarySearch(indices, index));
    }

    /**
     * Lists the datasets again, off the FX thread: a set collected in Draw or imported meanwhile
     * appears beside MNIST, and the set shown is read again with its new drawings.
     */
    public void refreshDatasets() {
        CompletableFuture.supplyAsync(store::all, background).thenAcceptAsync(all -> {
            if (all.equals(datasets)) {
                return;
            }
            datasets.setAll(all);
            DatasetInfo current = dataset.get();
            if (current != null && current.collected()) {
                String id = current.id();
                dataset.set(null);
                if (all.stream().anyMatch(d -> d.id().equals(id))) {
                    selectDataset(id);
                }
            }
        }, fx);
    }

    /** Downloads the missing dataset (SHA-256 verified), then loads it. */
    public void download() {
        String id = datasetId.get();
        startTransfer("Download", (progress, cancel) -> store.download(id, progress, cancel));
    }

    /** Copies the dataset's files from a folder (verified), then loads it. */
    public void importFrom(Path folder) {
        String id = datasetId.get();
        startTransfer("Import", (progress, cancel) -> store.importFrom(id, folder, progress, cancel));
    }

    /** Stops a running download or import; nothing half-written is kept. */
    public void cancel() {
        transfer.cancel();
    }

    // --- internals

    private void load() {
        clear();
        String id = datasetId.get();
        loader.load(id, loaded -> {
            if (!showing) {
                return; // hidden meanwhile: loaded again when shown
            }
            // Named by the request, not by whatever is chosen now (the loader drops stale loads).
            data = loaded;
            dataInfo = dataset.get() != null && dataset.get().id().equals(id) ? dataset.get() : store.info(id);
            show(new ShownImages(dataInfo, split.get(), split.get().of(loaded)));
            if (selectedWhenHidden >= 0 && positionOf(selectedWhenHidden) >= 0) {
                selectedIndex.set(selectedWhenHidden);
            }
            selectedWhenHidden = -1;
        });
    }

    private void clear() {
        data = null;
        dataInfo = null;
        indices.clear();
        shown.set(null);
        selectedIndex.set(-1);
    }

    /** A split's images become current; the grid starts at its first image (notebook 003's view). */
    private void show(ShownImages now) {
        indices.clear(); // recycled cells holding equal indices must redraw for the new images
        shown.set(now);
        refilter();
        selectedIndex.set(-1);
        selectedIndex.set(indices.isEmpty() ? -1 : indices.get(0));
    }

    private void refilter() {
        indices.setAll(LabelIndices.of(images.get(), labelFilter.get()));
    }

    private void startTransfer(String verb, Transfers.Action action) {
        if (canDownload.get()) {
            transfer.start(verb, action, this::load);
        }
    }

    private boolean hasSelection() {
        return images.get() != null && selectedIndex.get() >= 0 && selectedIndex.get() < images.get().size();
    }

    private void predict() {
        prediction.update(predictor.getValue(), shown.get(), selectedIndex.get());
    }
}
