package org.digitlab.ui.architecture;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.digitlab.data.DatasetCatalog;
import org.digitlab.model.Loss;
import org.digitlab.model.Optimizer;
import org.digitlab.model.SplitKind;
import org.digitlab.model.TrainingSettings;

/**
 * The training settings beside the layer stack, one property per field of
 * {@link TrainingSettings}: loaded from a spec and read back into one; values no run can use are
 * found by {@link org.digitlab.model.TrainingChecks}, as on the command line. Lives on the FX thread.
 */
public final class SettingsForm {

    /** The most decay the editor offers: beyond it the rate is gone after a few epochs. */
    static final double MAX_DECAY = 0.5;

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

    /** Every field, for whoever recomputes on any change. */
    List<ObservableValue<?>> fields() {
        return List.of(optimizer, learningRate, loss, batchSize, epochs, seed, split, validationFraction, dataset,
                learningRateDecay, shift, strokes);
    }

    void load(TrainingSettings s) {
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
    }

    /** {@code base} with this form's values, by copies, so fields added to the record later keep theirs. */
    TrainingSettings applyTo(TrainingSettings base) {
        return base.withOptimizer(optimizer.get()).withLearningRate(learningRate.get())
                .withLoss(loss.get()).withBatchSize(batchSize.get()).withEpochs(epochs.get())
                .withSeed(seed.get()).withDataset(dataset.get())
                .withSplit(split.get(), split.get() == SplitKind.TRAIN_TEST ? 0 : validationFraction.get())
                // The view's spinners are bounded; clamping keeps a programmatic set from throwing.
                .withLearningRateDecay(Math.max(0, Math.min(MAX_DECAY, learningRateDecay.get())))
                .withShiftAugmentation(Math.max(0, Math.min(TrainingSettings.MAX_SHIFT, shift.get())))
                .withStrokeAugmentation(strokes.get());
    }
}
