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
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
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
import org.digitlab.model.Loss;
import org.digitlab.model.ModelSummary;
import org.digitlab.model.Optimizer;
import org.digitlab.model.Presets;
import org.digitlab.model.SplitKind;
import org.digitlab.model.SpecJson;
import org.digitlab.model.SummaryRow;
import org.digitlab.model.TrainingSettings;

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
    private final ObjectProperty<Optimizer> optimizer = new SimpleObjectProperty<>(this, "optimizer", Optimizer.ADAM);
    private final DoubleProperty learningRate = new SimpleDoubleProperty(this, "learningRate", 1e-3);
    private final ObjectProperty<Loss> loss = new SimpleObjectProperty<>(this, "loss", Loss.CROSS_ENTROPY);
    private final IntegerProperty batchSize = new SimpleIntegerProperty(this, "batchSize", 32);
    private final IntegerProperty epochs = new SimpleIntegerProperty(this, "epochs", 1);
    private final LongProperty seed = new SimpleLongProperty(this, "seed", 1);
    private final ObjectProperty<SplitKind> split = new SimpleObjectProperty<>(this, "split", SplitKind.TRAIN_TEST);
    private final DoubleProperty validationFraction = new SimpleDoubleProperty(this, "validationFraction");
    private final StringProperty dataset = new SimpleStringProperty(this, "dataset", DatasetCatalog.MNIST);
    private final DoubleProperty learningRateDecay = new SimpleDoubleProperty(this, "learningRateDecay");
    private final IntegerProperty shift = new SimpleIntegerProperty(this, "shift");
    private final BooleanProperty strokes = new SimpleBooleanProperty(this, "strokes");

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
    /** The most decay the editor offers: beyond it the rate is gone after a few epochs. */
    static final double MAX_DECAY = 0.5;
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
        List.of(optimizer, learningRate, loss, batchSize, epochs, seed, split, validationFraction, dataset,
                learningRateDecay, shift, strokes).forEach(p -> p.addListener(settingsChanged));
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

    public ObjectProperty<Optimizer> optimizerProperty() {
        return optimizer;
    }

    public DoubleProperty learningRateProperty() {
        return learningRate;
    }

    public ObjectProperty<Loss> lossProperty() {
        return loss;
    }

    public IntegerProperty batchSizeProperty() {
        return batchSize;
    }

    public IntegerProperty epochsProperty() {
        return epochs;
    }

    public LongProperty seedProperty() {
        return seed;
    }

    /** Share of the learning rate dropped after each epoch (0 = constant, as the notebooks). */
    public DoubleProperty learningRateDecayProperty() {
        return learningRateDecay;
    }

    /** Training images moved by up to this many pixels at random (0 = off). */
    public IntegerProperty shiftProperty() {
        return shift;
    }

    /** Half the training images redrawn hard-edged like mouse strokes. */
    public BooleanProperty strokesProperty() {
        return strokes;
    }

    public ObjectProperty<SplitKind> splitProperty() {
        return split;
    }

    /** Share held out for validation ({@link SplitKind#VALIDATION_FRACTION}, {@link SplitKind#HOLDOUT_HALF}). */
    public DoubleProperty validationFractionProperty() {
        return validationFraction;
    }

    public StringProperty datasetProperty() {
        return dataset;
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
        TrainingSettings s = chosen.training();
        loading = true;
        try {
            layers.setAll(chosen.layers());
            optimizer.set(s.optimizer());
            learningRate.set(s.learningRate());
            loss.set(s.loss());
            batchSize.set(s.batchSize());
            epochs.set(s.epochs());
            seed.set(s.seed());
            split.set(s.split());
            validationFraction.set(s.validationFraction());
            dataset.set(s.datasetId());
            learningRateDecay.set(s.learningRateDecay());
            shift.set(s.shiftAugmentation());
            strokes.set(s.strokeAugmentation());
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
                        : "Cannot save " + file.getFileName() + ": " + cause(error)), fx);
    }

    /** Reads a spec file off the FX thread and loads it into the editor. */
    public CompletableFuture<ArchitectureSpec> open(Path file) {
        return CompletableFuture.supplyAsync(() -> read(file), background)
                .whenCompleteAsync((loaded, error) -> {
                    if (error != null) {
                        message.set("Cannot open " + file.getFileName() + ": " + cause(error));
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
        ArchitectureSpec edited = base.withLayers(List.copyOf(layers)).withTraining(settings())
                .withInput(inputFor(dataset.get(), base.input()));
        List<LayerProblem> found = new ArrayList<>(ModelSummary.validate(edited));
        settingsProblem().ifPresent(reason -> found.add(new LayerProblem(LayerProblem.WHOLE_MODEL,
                "training settings", reason)));
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

    /** Built from the base's settings by copies, so fields added to the record later keep their values. */
    private TrainingSettings settings() {
        return base.training().withOptimizer(optimizer.get()).withLearningRate(learningRate.get())
                .withLoss(loss.get()).withBatchSize(batchSize.get()).withEpochs(epochs.get())
                .withSeed(seed.get()).withDataset(dataset.get())
                .withSplit(split.get(), split.get() == SplitKind.TRAIN_TEST ? 0 : validationFraction.get())
                // The view's spinners are bounded; clamping keeps a programmatic set from throwing.
                .withLearningRateDecay(Math.max(0, Math.min(MAX_DECAY, learningRateDecay.get())))
                .withShiftAugmentation(Math.max(0, Math.min(TrainingSettings.MAX_SHIFT, shift.get())))
                .withStrokeAugmentation(strokes.get());
    }

    private java.util.Optional<String> settingsProblem() {
        String reason = null;
        if (!(learningRate.get() > 0)) {
            reason = "the learning rate must be above 0";
        } else if (batchSize.get() <= 0) {
            reason = "the batch size must be at least 1";
        } else if (epochs.get() <= 0) {
            reason = "train for at least 1 epoch";
        } else if (split.get() != SplitKind.TRAIN_TEST
                && !(validationFraction.get() > 0 && validationFraction.get() < 1)) {
            reason = "the validation share must be between 0 and 1, e.g. 0.2";
        }
        return java.util.Optional.ofNullable(reason);
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

    private static String cause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && (cause instanceof java.util.concurrent.CompletionException
                || cause instanceof java.io.UncheckedIOException)) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
