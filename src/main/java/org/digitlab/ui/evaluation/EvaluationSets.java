package org.digitlab.ui.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.digitlab.data.DataSplits;
import org.digitlab.data.DatasetStore;
import org.digitlab.data.ImageSet;
import org.digitlab.data.SplitSpec;
import org.digitlab.model.TrainedModel;
import org.digitlab.model.TrainingSettings;
import org.digitlab.training.TrainingData;
import org.digitlab.data.DatasetSplit;

/**
 * The images an evaluation runs on: the model's own split, as in training, so that the figure is
 * the one its run reported (notebook 001's split keeps half of the published test set for
 * validation, and those images must not count as test images), and what they are called. The
 * last split is kept: a class evaluates one model many times. Part of {@link EvaluationViewModel}.
 */
final class EvaluationSets {

    /** What decides a split's images: the dataset and how it is carved. */
    private record SplitKey(String datasetId, SplitSpec spec) {
    }

    /** What every figure calls a drawn set's images. */
    static final String DRAWN = "drawn";

    /** A drawn set's images and which of them each writer drew. */
    record Drawn(ImageSet images, java.util.Map<String, java.util.List<Integer>> writers) {
    }

    private final DatasetStore datasets;
    private volatile DataSplits cached;
    private volatile SplitKey cachedFor;

    EvaluationSets(DatasetStore datasets) {
        this.datasets = datasets;
    }

    /** "held-out test", "test", "training": as every figure names its images. */
    static String name(TrainedModel model, DatasetSplit chosen) {
        TrainingSettings settings = settings(model);
        return chosen == DatasetSplit.TEST ? TrainingData.testSetName(settings) : TrainingData.trainingSetName(settings);
    }

    /** The dataset the model was trained on. */
    static String datasetId(TrainedModel model) {
        return settings(model).datasetId();
    }

    /** The chosen set of the model's split; blocking I/O the first time. */
    ImageSet images(TrainedModel model, DatasetSplit chosen) {
        TrainingSettings settings = settings(model);
        SplitKey key = new SplitKey(settings.datasetId(), TrainingData.splitSpec(settings));
        if (!key.equals(cachedFor)) {
            try {
                cached = TrainingData.load(datasets, settings);
                cachedFor = key;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return chosen == DatasetSplit.TEST ? cached.test() : cached.train();
    }

    /** A set of drawn digits, whole; read afresh each time (a class adds drawings between evaluations). */
    Drawn drawn(String id) {
        try {
            org.digitlab.data.collected.CollectedSet set = datasets.collected().load(id);
            return new Drawn(set.images(), set.byWriter());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TrainingSettings settings(TrainedModel model) {
        return model.spec().training().withDataset(model.metadata().datasetId());
    }
}
