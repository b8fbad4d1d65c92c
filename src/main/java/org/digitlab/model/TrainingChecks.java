package org.digitlab.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.digitlab.data.DatasetCatalog;
import org.digitlab.data.DatasetInfo;

/**
 * Whether a spec can be trained as its settings say, checked before any data loads: settings no
 * run can use (a learning rate of NaN, -1 epochs, a batch of 0) and a network that does not fit
 * its dataset (1,000 output classes or 56×56 inputs on MNIST), which would otherwise fail deep in
 * the engine or, worse, train a model that nothing can use. The command line and the Architecture
 * view both ask here, so they refuse the same things in the same words.
 */
public final class TrainingChecks {

    /** Names of the settings a problem can be about; {@link LayerProblem#layerName()} holds one. */
    public static final String LEARNING_RATE = "learning rate";
    public static final String EPOCHS = "epochs";
    public static final String BATCH_SIZE = "batch size";
    public static final String DATASET = "dataset";
    public static final String VALIDATION_SHARE = "validation share";
    public static final String PATIENCE = "patience";
    public static final String CLASSES = "numClasses";
    public static final String INPUT = "input shape";

    private TrainingChecks() {
    }

    /** Every problem of the spec's settings and of its fit to the dataset; empty when it can train. */
    public static List<LayerProblem> problems(ArchitectureSpec spec) {
        TrainingSettings s = spec.training();
        List<LayerProblem> found = new ArrayList<>();
        if (!(Double.isFinite(s.learningRate()) && s.learningRate() > 0)) {
            add(found, LEARNING_RATE, "got " + number(s.learningRate()) + "; it must be a finite number above 0, e.g. 0.001");
        }
        if (s.epochs() < 1 || s.epochs() > ModelLimits.MAX_EPOCHS) {
            add(found, EPOCHS, "got " + s.epochs() + "; train for 1 to " + ModelSummary.thousands(ModelLimits.MAX_EPOCHS)
                    + " epochs");
        }
        if (s.batchSize() < 1 || s.batchSize() > ModelLimits.MAX_BATCH) {
            add(found, BATCH_SIZE, "got " + s.batchSize() + "; a batch is 1 to " + ModelSummary.thousands(ModelLimits.MAX_BATCH)
                    + " examples, e.g. 32");
        }
        if (s.split() != SplitKind.TRAIN_TEST && !(s.validationFraction() > 0 && s.validationFraction() < 1)) {
            add(found, VALIDATION_SHARE, "got " + number(s.validationFraction()) + "; it must be between 0 and 1, e.g. 0.2");
        }
        if (s.earlyStoppingPatience() < 0) {
            add(found, PATIENCE, "got " + s.earlyStoppingPatience() + "; it is 0 (never stop early) or more epochs");
        }
        fitToDataset(spec, found);
        return List.copyOf(found);
    }

    /**
     * Throws when the spec cannot train, naming the first problem.
     *
     * @throws InvalidArchitectureException whose problems name the setting or layer
     */
    public static void require(ArchitectureSpec spec) {
        List<LayerProblem> found = new ArrayList<>(ModelSummary.validate(spec));
        found.addAll(problems(spec));
        if (!found.isEmpty()) {
            throw new InvalidArchitectureException(spec.id(), found);
        }
    }

    private static void fitToDataset(ArchitectureSpec spec, List<LayerProblem> found) {
        DatasetInfo dataset;
        try {
            dataset = DatasetCatalog.get(spec.training().datasetId());
        } catch (IllegalArgumentException unknown) {
            add(found, DATASET, unknown.getMessage());
            return;
        }
        if (spec.numClasses() != dataset.numClasses()) {
            add(found, CLASSES, spec.numClasses() + " does not match the " + dataset.numClasses() + " classes of "
                    + dataset.id() + ": the model would answer classes the data never has; use "
                    + dataset.numClasses() + " (and an Output layer of " + dataset.numClasses() + " units)");
        }
        InputShape input = spec.input();
        if (input.height() != dataset.rows() || input.width() != dataset.cols() || input.channels() != 1) {
            String other = DatasetCatalog.all().stream()
                    .filter(d -> d.rows() == input.height() && d.cols() == input.width() && input.channels() == 1)
                    .map(DatasetInfo::id).findFirst().map(id -> ", or train on " + id).orElse("");
            add(found, INPUT, text(input) + " does not match the " + dataset.rows() + "×" + dataset.cols()
                    + "×1 images of " + dataset.id() + ": use an input of " + dataset.rows() + "×" + dataset.cols()
                    + "×1" + other);
        }
    }

    /** "56×56×1", as Keras would write the shape without the batch axis. */
    public static String text(InputShape input) {
        return input.height() + "×" + input.width() + "×" + input.channels();
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%s", value);
    }

    private static void add(List<LayerProblem> found, String field, String reason) {
        found.add(new LayerProblem(LayerProblem.WHOLE_MODEL, field, reason));
    }
}
