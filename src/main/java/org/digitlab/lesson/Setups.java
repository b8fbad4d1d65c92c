package org.digitlab.lesson;

import java.util.ArrayList;
import java.util.List;
import org.digitlab.data.DatasetCatalog;
import org.digitlab.model.Activation;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.LayerSpec;
import org.digitlab.model.Presets;
import org.digitlab.model.SplitKind;
import org.digitlab.model.TrainingSettings;

/**
 * Applies a {@link Setup} to the architecture there is: what the window does when a step starts,
 * and what {@code lesson check} does to rehearse it. Fields the setup leaves out keep their value.
 */
public final class Setups {

    /** Keras' validation_split of notebook 003, as {@code train --split validation-fraction} uses. */
    static final double VALIDATION_FRACTION = 0.2;
    /** Notebook 001 keeps half of the holdout for validation. */
    static final double HOLDOUT_VALIDATION_SHARE = 0.5;

    private Setups() {
    }

    /**
     * The architecture after {@code setup}; {@code current} when the setup names none.
     *
     * @throws LessonFieldException naming the setup's field (an unknown preset or dataset, units that
     *     do not match the hidden layers)
     */
    public static ArchitectureSpec apply(Setup setup, ArchitectureSpec current) {
        ArchitectureSpec spec = base(setup, current);
        if (spec == null) {
            return null;
        }
        spec = spec.withTraining(training(setup, spec.training()));
        if (setup.activation() != null) {
            spec = spec.withLayers(withActivation(spec.layers(), setup.activation()));
        }
        if (setup.units() != null) {
            spec = spec.withLayers(withUnits(spec, setup.units()));
        }
        return spec;
    }

    private static ArchitectureSpec base(Setup setup, ArchitectureSpec current) {
        if (setup.spec() != null) {
            return setup.spec();
        }
        if (setup.preset() != null) {
            try {
                return Presets.get(setup.preset());
            } catch (IllegalArgumentException unknown) {
                throw new LessonFieldException("preset", unknown.getMessage());
            }
        }
        return current;
    }

    private static TrainingSettings training(Setup setup, TrainingSettings s) {
        if (setup.dataset() != null) {
            try {
                DatasetCatalog.get(setup.dataset());
            } catch (IllegalArgumentException unknown) {
                throw new LessonFieldException("dataset", unknown.getMessage());
            }
            s = s.withDataset(setup.dataset());
        }
        if (setup.split() != null) {
            s = s.withSplit(setup.split(), setup.split() == SplitKind.VALIDATION_FRACTION ? VALIDATION_FRACTION
                    : setup.split() == SplitKind.HOLDOUT_HALF ? HOLDOUT_VALIDATION_SHARE : 0);
        }
        if (setup.epochs() != null) {
            s = s.withEpochs(setup.epochs());
        }
        if (setup.optimizer() != null) {
            s = s.withOptimizer(setup.optimizer());
        }
        if (setup.learningRate() != null) {
            s = s.withLearningRate(setup.learningRate());
        }
        if (setup.loss() != null) {
            s = s.withLoss(setup.loss());
        }
        if (setup.batchSize() != null) {
            s = s.withBatchSize(setup.batchSize());
        }
        return s;
    }

    /** Every hidden layer that has a non-linear activation gets {@code activation}; linear ones stay linear. */
    static List<LayerSpec> withActivation(List<LayerSpec> layers, Activation activation) {
        List<LayerSpec> changed = new ArrayList<>();
        for (LayerSpec layer : layers) {
            if (layer instanceof LayerSpec.Dense dense && dense.activation() != Activation.LINEAR) {
                changed.add(new LayerSpec.Dense(dense.units(), activation));
            } else if (layer instanceof LayerSpec.Conv2D conv && conv.activation() != Activation.LINEAR) {
                changed.add(conv.withActivation(activation));
            } else if (layer instanceof LayerSpec.ActivationLayer) {
                changed.add(new LayerSpec.ActivationLayer(activation));
            } else {
                changed.add(layer);
            }
        }
        return changed;
    }

    private static List<LayerSpec> withUnits(ArchitectureSpec spec, List<Integer> units) {
        long hidden = spec.layers().stream().filter(l -> l instanceof LayerSpec.Dense).count();
        if (hidden != units.size()) {
            throw new LessonFieldException("units", "gives " + units.size() + " sizes but " + spec.id() + " has "
                    + hidden + " hidden Dense layer" + (hidden == 1 ? "" : "s") + "; give one number for each");
        }
        List<LayerSpec> changed = new ArrayList<>();
        int next = 0;
        for (LayerSpec layer : spec.layers()) {
            if (layer instanceof LayerSpec.Dense dense) {
                changed.add(new LayerSpec.Dense(units.get(next++), dense.activation()));
            } else {
                changed.add(layer);
            }
        }
        return changed;
    }

    /** The activations of the hidden layers that have a non-linear one, in order. */
    static List<Activation> hiddenActivations(ArchitectureSpec spec) {
        List<Activation> found = new ArrayList<>();
        for (LayerSpec layer : spec.layers()) {
            if (layer instanceof LayerSpec.Dense dense && dense.activation() != Activation.LINEAR) {
                found.add(dense.activation());
            } else if (layer instanceof LayerSpec.Conv2D conv && conv.activation() != Activation.LINEAR) {
                found.add(conv.activation());
            } else if (layer instanceof LayerSpec.ActivationLayer act && act.activation() != Activation.LINEAR) {
                found.add(act.activation());
            }
        }
        return found;
    }
}
