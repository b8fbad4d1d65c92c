package org.digitlab.ui.state;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.prefs.Preferences;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.digitlab.inference.Predictor;
import org.digitlab.model.ModelFiles;
import org.digitlab.model.TrainedModel;
import org.digitlab.ui.common.ErrorMessages;
import org.digitlab.ui.common.LatestWork;

/**
 * The models to choose from (sample models, opened files, runs of this session) and the current
 * one, shared by every view. Loading happens on the background executor; the predictor is null
 * until the chosen model is ready, and {@link #statusProperty()} says what is going on. The last
 * chosen file is remembered between runs.
 */
public final class ModelSelection {

    static final String PREFERENCE_KEY = "model.file";

    private final ModelFiles files;
    private final Function<TrainedModel, Predictor> predictors;
    private final Preferences preferences;

    private final ObservableList<ModelEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<ModelEntry> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<Predictor> predictor = new ReadOnlyObjectWrapper<>(this, "predictor");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "no model");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    /** Loads the newest choice only: picking models quickly never queues up loads. */
    private final LatestWork<Loaded> work;

    public ModelSelection(Executor background, Executor fx, ModelFiles files,
            Function<TrainedModel, Predictor> predictors, Preferences preferences) {
        this.work = LatestWork.newestOnly(background, fx, this::show, error -> {
            loading.set(false);
            status.set("cannot load the model: " + ErrorMessages.of(error));
        });
        this.files = files;
        this.predictors = predictors;
        this.preferences = preferences;
        selected.addListener((obs, old, entry) -> load(entry));
    }

    // --- properties

    public ObservableList<ModelEntry> entries() {
        return entries;
    }

    public ObjectProperty<ModelEntry> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Predictor> predictorProperty() {
        return predictor.getReadOnlyProperty();
    }

    public Predictor getPredictor() {
        return predictor.get();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    // --- commands

    /** Lists the sample models and selects the remembered one, else {@code preferred}. */
    public void start(List<Path> sampleModels, String preferredPresetId) {
        sampleModels.forEach(file -> entries.add(ModelEntry.ofFile(file)));
        Optional<Path> remembered = Optional.ofNullable(preferences.get(PREFERENCE_KEY, null))
                .map(Path::of).filter(Files::isRegularFile);
        remembered.ifPresentOrElse(this::open, () -> entries.stream()
                .filter(e -> e.name().equals(preferredPresetId)).findFirst()
                .or(() -> entries.stream().findFirst())
                .ifPresent(selected::set));
    }

    /**
     * Adds a model file (if new) and makes it current. A file already listed, under another path
     * or as a copy (the remembered sample model of another installation, a copy in Documents), is
     * not listed again; another model of a listed name is told apart by its folder.
     */
    public void open(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        ModelEntry entry = entries.stream()
                .filter(e -> e.file() != null && sameModel(e.file(), normalized))
                .findFirst().orElseGet(() -> {
                    ModelEntry added = distinct(ModelEntry.ofFile(normalized));
                    entries.add(added);
                    return added;
                });
        selected.set(entry);
    }

    /** The same path, the same file by another path, or a copy of it under the same name. */
    static boolean sameModel(Path listed, Path file) {
        Path a = listed.toAbsolutePath().normalize();
        if (a.equals(file)) {
            return true;
        }
        try {
            return Files.isSameFile(a, file)
                    || a.getFileName().equals(file.getFileName()) && Files.mismatch(a, file) < 0;
        } catch (java.io.IOException e) {
            return false; // unreadable: loading it will say why
        }
    }

    /** "cnn-3conv (Documents)" when "cnn-3conv" is listed already. */
    private ModelEntry distinct(ModelEntry entry) {
        boolean taken = entries.stream().anyMatch(e -> e.name().equals(entry.name()));
        Path folder = entry.file().getParent() == null ? null : entry.file().getParent().getFileName();
        return taken && folder != null ? new ModelEntry(entry.name() + " (" + folder + ")", entry.file(), null) : entry;
    }

    /** Makes a model trained in this session current ("Use in Draw"). */
    public void use(String name, TrainedModel model) {
        ModelEntry entry = entries.stream().filter(e -> e.file() == null && e.loaded() == model).findFirst()
                .orElseGet(() -> {
                    ModelEntry added = ModelEntry.ofTrained(name, model);
                    entries.add(added);
                    return added;
                });
        selected.set(entry);
    }

    private void load(ModelEntry entry) {
        predictor.set(null);
        if (entry == null) {
            work.cancel();
            loading.set(false);
            status.set("no model");
            return;
        }
        loading.set(true);
        status.set("loading model " + entry.name() + "…");
        work.request(() -> {
            try {
                return new Loaded(entry, predictorFor(entry), null);
            } catch (RuntimeException e) {
                return new Loaded(entry, null, e);
            }
        });
    }

    /** What loading an entry gave: its predictor, or why it cannot be used. */
    private record Loaded(ModelEntry entry, Predictor predictor, RuntimeException error) {
    }

    /** On the FX thread, for the newest choice only (a newer choice drops an older one's result). */
    private void show(Loaded loaded) {
        loading.set(false);
        if (loaded.error() != null) {
            status.set("cannot use " + loaded.entry().name() + ": " + ErrorMessages.of(loaded.error()));
            return;
        }
        predictor.set(loaded.predictor());
        status.set(describe(loaded.predictor().model()));
        if (loaded.entry().file() != null) {
            preferences.put(PREFERENCE_KEY, loaded.entry().file().toAbsolutePath().toString());
        }
    }

    private Predictor predictorFor(ModelEntry entry) {
        try {
            TrainedModel model = entry.loaded() != null ? entry.loaded() : files.load(entry.file());
            return predictors.apply(model);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** "cnn-3conv (CNN 32-64-64) · 95.76% on 5,000 held-out test images" for the status bar. */
    static String describe(TrainedModel model) {
        var test = model.metadata().test();
        String accuracy = test == null ? "not evaluated" : test.describe();
        return model.spec().id() + " (" + model.spec().name() + ") · " + accuracy;
    }
}
