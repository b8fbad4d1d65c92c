package org.digitlab.ui.datasets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.digitlab.data.CancellationToken;
import org.digitlab.data.DatasetCatalog;
import org.digitlab.data.DatasetInfo;
import org.digitlab.data.DatasetMissingException;
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
    private final Executor background;
    private final Executor fx;
    private final ObservableValue<Predictor> predictor;

    private final ObservableList<DatasetInfo> datasets = FXCollections.observableArrayList(DatasetCatalog.all());
    private final ReadOnlyObjectWrapper<DatasetInfo> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ReadOnlyObjectWrapper<DatasetSplit> split =
            new ReadOnlyObjectWrapper<>(this, "split", DatasetSplit.TRAIN);
    private final ReadOnlyObjectWrapper<Integer> labelFilter = new ReadOnlyObjectWrapper<>(this, "labelFilter");
    private final ObservableList<Integer> indices = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ImageSet> images = new ReadOnlyObjectWrapper<>(this, "images");
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(this, "selectedIndex", -1);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper missing = new ReadOnlyBooleanWrapper(this, "missing");
    private final ReadOnlyStringWrapper missingMessage = new ReadOnlyStringWrapper(this, "missingMessage", "");
    private final ReadOnlyBooleanWrapper transferring = new ReadOnlyBooleanWrapper(this, "transferring");
    private final ReadOnlyDoubleWrapper transferProgress = new ReadOnlyDoubleWrapper(this, "transferProgress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<float[]> probabilities = new ReadOnlyObjectWrapper<>(this, "probabilities");

    private final ReadOnlyStringWrapper datasetId = new ReadOnlyStringWrapper(this, "datasetId");
    private final IntegerBinding selectedLabel;
    private final ObjectBinding<int[]> selectedPixels;
    private final ObjectBinding<int[]> classCounts;
    private final BooleanBinding canDownload;
    private final BooleanBinding browsing;

    private TrainTest data;
    private long loadGeneration;
    private long predictGeneration;
    private CancellationToken transferCancel;

    public DatasetsViewModel(DatasetStore store, Executor background, Executor fx,
            ObservableValue<Predictor> predictor) {
        this.store = store;
        this.background = background;
        this.fx = fx;
        this.predictor = predictor;
        datasetId.bind(Bindings.createStringBinding(() -> dataset.get() == null ? null : dataset.get().id(), dataset));
        selectedLabel = Bindings.createIntegerBinding(() -> hasSelection() ? images.get().label(selectedIndex.get())
                : -1, images, selectedIndex);
        selectedPixels = Bindings.createObjectBinding(() -> hasSelection()
                ? Pixels.unsigned(images.get().copyImage(selectedIndex.get())) : null, images, selectedIndex);
        classCounts = Bindings.createObjectBinding(() -> images.get() == null || dataset.get() == null ? new int[0]
                : images.get().classCounts(dataset.get().numClasses()), images, dataset);
        canDownload = missing.and(transferring.not());
        browsing = missing.not().and(loading.not()).and(images.isNotNull());
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
        return loading.getReadOnlyProperty();
    }

    /** The chosen dataset cannot be loaded; {@link #missingMessageProperty()} says why. */
    public ReadOnlyBooleanProperty missingProperty() {
        return missing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty missingMessageProperty() {
        return missingMessage.getReadOnlyProperty();
    }

    /** A download or import is running. */
    public ReadOnlyBooleanProperty transferringProperty() {
        return transferring.getReadOnlyProperty();
    }

    /** 0..1, or -1 while the total is unknown. */
    public ReadOnlyDoubleProperty transferProgressProperty() {
        return transferProgress.getReadOnlyProperty();
    }

    /** What a transfer is doing, why it failed, or why a jump was refused. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The current model's probabilities for the selected image, {@code null} when there are none. */
    public ReadOnlyObjectProperty<float[]> probabilitiesProperty() {
        return probabilities.getReadOnlyProperty();
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
        DatasetInfo info = DatasetCatalog.get(id);
        if (info.equals(dataset.get()) && (data != null || loading.get())) {
            return;
        }
        dataset.set(info);
        labelFilter.set(null);
        load();
    }

    public void selectSplit(DatasetSplit chosen) {
        split.set(chosen);
        if (data != null) {
            show(chosen.of(data));
        }
    }

    /** Limits the grid to one label ({@code null}: all) and keeps the selection inside it. */
    public void filter(Integer label) {
        labelFilter.set(label);
        refilter();
        if (!indices.contains(selectedIndex.get())) {
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

    /** Downloads the missing dataset (SHA-256 verified), then loads it. */
    public void download() {
        String id = datasetId.get();
        transfer("Download", (progress, cancel) -> store.download(id, progress, cancel));
    }

    /** Copies the dataset's files from a folder (verified), then loads it. */
    public void importFrom(Path folder) {
        String id = datasetId.get();
        transfer("Import", (progress, cancel) -> store.importFrom(id, folder, progress, cancel));
    }

    /** Stops a running download or import; nothing half-written is kept. */
    public void cancel() {
        if (transferCancel != null) {
            transferCancel.cancel();
        }
    }

    // --- internals

    private void load() {
        long mine = ++loadGeneration;
        String id = datasetId.get();
        data = null;
        images.set(null);
        indices.clear();
        selectedIndex.set(-1);
        missing.set(false);
        loading.set(true);
        CompletableFuture.supplyAsync(() -> Transfers.load(store, id), background)
                .whenCompleteAsync((loaded, error) -> {
                    if (mine != loadGeneration) {
                        return; // a newer choice won
                    }
                    loading.set(false);
                    if (error != null) {
                        Throwable cause = Failures.unwrap(error);
                        missing.set(true);
                        missingMessage.set(cause instanceof DatasetMissingException ? cause.getMessage()
                                : "Cannot read " + id + ": " + Failures.describe(cause));
                        return;
                    }
                    data = loaded;
                    show(split.get().of(loaded));
                }, fx);
    }

    /** A split's images become current; the grid starts at its first image (notebook 003's view). */
    private void show(ImageSet set) {
        indices.clear(); // recycled cells holding equal indices must redraw for the new images
        images.set(set);
        refilter();
        selectedIndex.set(-1);
        selectedIndex.set(indices.isEmpty() ? -1 : indices.get(0));
    }

    private void refilter() {
        ImageSet set = images.get();
        Integer label = labelFilter.get();
        List<Integer> shown = new ArrayList<>(set == null ? 0 : set.size());
        for (int i = 0; set != null && i < set.size(); i++) {
            if (label == null || set.label(i) == label) {
                shown.add(i);
            }
        }
        indices.setAll(shown);
    }

    private void transfer(String verb, Transfers.Action action) {
        if (!canDownload.get()) {
            return;
        }
        CancellationToken cancel = new CancellationToken();
        transferCancel = cancel;
        transferring.set(true);
        transferProgress.set(-1);
        message.set(verb + " starting…");
        ProgressThrottle progress = new ProgressThrottle(fx, update -> {
            if (transferring.get()) {
                transferProgress.set(update.fraction());
                message.set(update.stage());
            }
        }, ProgressThrottle.DEFAULT_INTERVAL_NANOS);
        CompletableFuture.runAsync(() -> Transfers.run(action, progress, cancel), background)
                .whenCompleteAsync((done, error) -> {
                    transferring.set(false);
                    transferCancel = null;
                    message.set(error == null ? "" : verb + " failed: " + Failures.describe(error));
                    if (error == null) {
                        load();
                    }
                }, fx);
    }

    private boolean hasSelection() {
        return images.get() != null && selectedIndex.get() >= 0 && selectedIndex.get() < images.get().size();
    }

    /** Dataset images are already MNIST-style, so they go to the model as they are, scaled to 0..1. */
    private void predict() {
        long mine = ++predictGeneration;
        probabilities.set(null);
        Predictor model = predictor.getValue();
        ImageSet set = images.get();
        if (model == null || !hasSelection() || model.imageSize() != set.rows() || set.rows() != set.cols()) {
            return;
        }
        float[] input = Pixels.scaled(set.copyImage(selectedIndex.get()));
        CompletableFuture.supplyAsync(() -> model.predict(input).probabilities(), background)
                .thenAcceptAsync(result -> {
                    if (mine == predictGeneration) {
                        probabilities.set(result);
                    }
                }, fx);
    }
}
