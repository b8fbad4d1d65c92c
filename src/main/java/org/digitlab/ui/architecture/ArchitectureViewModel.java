package org.digitlab.ui.architecture;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.digitlab.data.DatasetCatalog;
import org.digitlab.data.DatasetInfo;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.InputShape;
import org.digitlab.model.LayerProblem;
import org.digitlab.model.LayerSpec;
import org.digitlab.model.ModelSummary;
import org.digitlab.model.TrainingChecks;
import org.digitlab.model.Presets;
import org.digitlab.model.SpecJson;
import org.digitlab.model.SummaryRow;
import org.digitlab.ui.common.ErrorMessages;

/**
 * The architecture editor's state: the preset it started from, the layer stack being edited, the
 * training settings, and what follows from them on every edit (the spec, its Keras summary, its
 * problems). {@link #canTrainProperty()} is a binding: a stack with a problem cannot be trained.
 * Saving and loading JSON run on the background executor.
 */
public final class ArchitectureViewModel {

    /** The preset the editor opens with: small and quick to train. */
    public static final String FIRST_PRESET = "mlp-100";

    private final Executor background;
    private final Executor fx;

    private final ObservableList<ArchitectureSpec> presets = FXCollections.observableArrayList(Presets.all());
    private final ObjectProperty<ArchitectureSpec> preset = new SimpleObjectProperty<>(this, "preset");
    private final ObservableList<LayerSpec> layers = FXCollections.observableArrayList();
    private final SettingsForm settings = new SettingsForm();

    private final ReadOnlyObjectWrapper<ArchitectureSpec> spec = new ReadOnlyObjectWrapper<>(this, "spec");
    private final ObservableList<SummaryRow> summaryRows = FXCollections.observableArrayList();
    private final ObservableList<LayerProblem> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper totalParams = new ReadOnlyStringWrapper(this, "totalParams", "");
    private final ReadOnlyStringWrapper summaryText = new ReadOnlyStringWrapper(this, "summaryText", "");
    private final ReadOnlyStringWrapper problemText = new ReadOnlyStringWrapper(this, "problemText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final BooleanBinding canTrain = Bindings.isEmpty(problems);

    /** What the editor resets to and builds on: the chosen preset, or a loaded spec. */
    private ArchitectureSpec base;
    private boolean loading;
    private Consumer<ArchitectureSpec> onTrain = spec -> { };

    public ArchitectureViewModel(Executor background, Executor fx) {
        this.background = background;
        this.fx = fx;
        preset.addListener((obs, old, chosen) -> {
            if (chosen != null && !loading) {
                load(chosen);
            }
        });
        layers.addListener((ListChangeListener<LayerSpec>) change -> update());
        ChangeListener<Object> settingsChanged = (obs, old, now) -> update();
        settings.fields().forEach(field -> field.addListener(settingsChanged));
        preset.set(Presets.get(FIRST_PRESET));
    }

    // --- properties

    public ObservableList<ArchitectureSpec> presets() {
        return presets;
    }

    /** The chosen preset; choosing one replaces the layers and settings with its own. */
    public ObjectProperty<ArchitectureSpec> presetProperty() {
        return preset;
    }

    public ObservableList<LayerSpec> layers() {
        return layers;
    }

    /** The training settings beside the stack. */
    public SettingsForm settings() {
        return settings;
    }

    /** The spec as edited, settings included; what Train hands on. */
    public ReadOnlyObjectProperty<ArchitectureSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    public ArchitectureSpec getSpec() {
        return spec.get();
    }

    /** The Keras summary's rows; empty while the stack has a problem. */
    public ObservableList<SummaryRow> summaryRows() {
        return summaryRows;
    }

    /** Every reason the stack cannot be built, in layer order. */
    public ObservableList<LayerProblem> problems() {
        return problems;
    }

    /** "Total params: 79,510", or empty while the stack has a problem. */
    public ReadOnlyStringProperty totalParamsProperty() {
        return totalParams.getReadOnlyProperty();
    }

    /** The summary as Keras prints it, or the problems when there are any. */
    public ReadOnlyStringProperty summaryTextProperty() {
        return summaryText.getReadOnlyProperty();
    }

    /** The first problem in words ("layer 3 (dense): ..."), or empty. */
    public ReadOnlyStringProperty problemTextProperty() {
        return problemText.getReadOnlyProperty();
    }

    /** What the last command did or why it failed ("Saved mlp-100.json"). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public BooleanBinding canTrainProperty() {
        return canTrain;
    }

    /** The problem of one layer, or null. */
    public LayerProblem problemAt(int index) {
        return problems.stream().filter(p -> p.index() == index).findFirst().orElse(null);
    }

    // --- commands

    /** Replaces everything with the spec's layers and settings (a preset or a loaded file). */
    public void load(ArchitectureSpec chosen) {
        base = Objects.requireNonNull(chosen);
        loading = true;
        try {
            layers.setAll(chosen.layers());
            settings.load(chosen.training());
        } finally {
            loading = false;
        }
        message.set("");
        update();
    }

    /** Undoes every edit: back to the chosen preset. */
    public void resetToPreset() {
        if (preset.get() != null) {
            load(preset.get());
            message.set("Reset to " + preset.get().id());
        }
    }

    public void addLayer(int index, LayerKind kind) {
        int at = Math.max(0, Math.min(index, layers.size()));
        layers.add(at, LayerFields.create(kind));
    }

    public void removeLayer(int index) {
        if (index >= 0 && index < layers.size()) {
            layers.remove(index);
        }
    }

    /** Moves a layer one place up (-1) or down (+1); returns its new index. */
    public int moveLayer(int index, int by) {
        int target = index + by;
        if (index < 0 || index >= layers.size() || target < 0 || target >= layers.size()) {
            return index;
        }
        List<LayerSpec> copy = new ArrayList<>(layers);
        Collections.swap(copy, index, target);
        layers.setAll(copy);
        return target;
    }

    public void changeKind(int index, LayerKind kind) {
        layers.set(index, LayerFields.convert(layers.get(index), kind));
    }

    /** Sets one field from text; a bad value is refused with a message and changes nothing. */
    public boolean edit(int index, LayerField field, String text) {
        try {
            layers.set(index, LayerFields.set(layers.get(index), field, text));
            message.set("");
            return true;
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    /** Hands the edited spec to whoever trains it (the Training view). */
    public void train() {
        if (canTrain.get()) {
            onTrain.accept(getSpec());
        }
    }

    public void setOnTrain(Consumer<ArchitectureSpec> handler) {
        onTrain = Objects.requireNonNull(handler);
    }

    /** Writes the edited spec as JSON, atomically, off the FX thread. */
    public CompletableFuture<Void> save(Path file) {
        ArchitectureSpec toSave = getSpec();
        return CompletableFuture.runAsync(() -> write(file, toSave), background)
                .whenCompleteAsync((ok, error) -> message.set(error == null ? "Saved " + file.getFileName()
                        : "Cannot save " + file.getFileName() + ": " + ErrorMessages.of(error)), fx);
    }

    /** Reads a spec file off the FX thread and loads it into the editor. */
    public CompletableFuture<ArchitectureSpec> open(Path file) {
        return CompletableFuture.supplyAsync(() -> read(file), background)
                .whenCompleteAsync((loaded, error) -> {
                    if (error != null) {
                        message.set("Cannot open " + file.getFileName() + ": " + ErrorMessages.of(error));
                        return;
                    }
                    load(loaded);
                    message.set("Opened " + file.getFileName());
                }, fx);
    }

    // --- derived state

    private void update() {
        if (loading || base == null) {
            return;
        }
        ArchitectureSpec edited = base.withLayers(List.copyOf(layers)).withTraining(settings.applyTo(base.training()))
                .withInput(inputFor(settings.datasetProperty().get(), base.input()));
        List<LayerProblem> found = new ArrayList<>(ModelSummary.validate(edited));
        found.addAll(TrainingChecks.problems(edited)); // the command line's checks, in the same words
        spec.set(edited);
        problems.setAll(found);
        if (found.isEmpty()) {
            ModelSummary summary = ModelSummary.of(edited);
            summaryRows.setAll(summary.rows());
            totalParams.set("Total params: " + ModelSummary.thousands(summary.totalParams()));
            summaryText.set(summary.format());
            problemText.set("");
        } else {
            summaryRows.clear();
            totalParams.set("");
            problemText.set(found.get(0).message());
            summaryText.set(String.join("\n", found.stream().map(LayerProblem::message).toList()));
        }
    }

    /** The dataset decides the image size: the uncentered lesson's images are 56×56. */
    static InputShape inputFor(String datasetId, InputShape fallback) {
        try {
            DatasetInfo info = DatasetCatalog.get(datasetId);
            return new InputShape(info.rows(), info.cols(), fallback.channels());
        } catch (IllegalArgumentException unknown) {
            return fallback;
        }
    }

    private static void write(Path file, ArchitectureSpec spec) {
        try {
            SpecJson.write(file, spec);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ArchitectureSpec read(Path file) {
        try {
            return SpecJson.read(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
