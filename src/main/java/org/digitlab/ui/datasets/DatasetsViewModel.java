package org.digitlab.ui.datasets;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
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
import org.digitlab.data.TrainTest;
import org.digitlab.inference.Predictor;

/**
 * State and commands of the dataset browser: which dataset and split are loaded and when (on
 * choice, on showing again, after a download), their class balance, and the current model's
 * reading of the selected image. What the grid lists and selects is {@link #grid()}; the
 * missing-dataset panel's download and import are {@link #missingDataset()}. Loading, downloading
 * and prediction run on {@code background}; results come back through {@code fx}, so tests pass
 * direct executors and need no FX toolkit.
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
    private final ImageGrid grid = new ImageGrid();
    private final DatasetLoader loader;
    private final MissingDataset missingDataset;
    private final SelectionPredictor prediction;

    private final ReadOnlyStringWrapper datasetId = new ReadOnlyStringWrapper(this, "datasetId");
    private final ObjectBinding<int[]> classCounts;
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
        this.missingDataset = new MissingDataset(store, loader, background, fx, datasetId::get, this::load);
        this.prediction = new SelectionPredictor(background, fx);
        datasetId.bind(Bindings.createStringBinding(() -> dataset.get() == null ? null : dataset.get().id(), dataset));
        ReadOnlyObjectProperty<ShownImages> shown = grid.shownProperty();
        classCounts = Bindings.createObjectBinding(() -> shown.get() == null ? new int[0]
                : shown.get().images().classCounts(shown.get().dataset().numClasses()), shown);
        browsing = loader.missingProperty().not().and(loader.loadingProperty().not())
                .and(grid.imagesProperty().isNotNull());
        predictor.addListener((obs, old, now) -> predict());
        grid.selectedIndexProperty().addListener((obs, old, now) -> predict());
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

    /** The images on show, the label filter, the indices the grid lists and the selected image. */
    public ImageGrid grid() {
        return grid;
    }

    /** Why the chosen dataset is missing, and its download or import. */
    public MissingDataset missingDataset() {
        return missingDataset;
    }

    /** Images per class in the chosen split. */
    public ObjectBinding<int[]> classCountsProperty() {
        return classCounts;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loader.loadingProperty();
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
        grid.dropFilter();
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
            selectedWhenHidden = grid.selectedIndexProperty().get();
            clear();
        } else if (dataset.get() != null && data == null) {
            load();
        }
    }

    public void selectSplit(DatasetSplit chosen) {
        split.set(chosen);
        if (data != null) {
            grid.show(new ShownImages(dataInfo, chosen, chosen.of(data)));
        }
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
            grid.show(new ShownImages(dataInfo, split.get(), split.get().of(loaded)));
            grid.reselect(selectedWhenHidden);
            selectedWhenHidden = -1;
        });
    }

    private void clear() {
        data = null;
        dataInfo = null;
        grid.clear();
    }

    private void predict() {
        prediction.update(predictor.getValue(), grid.shownProperty().get(), grid.selectedIndexProperty().get());
    }
}
