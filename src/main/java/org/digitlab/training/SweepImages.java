package org.digitlab.training;

import java.io.IOException;
import java.util.List;
import org.digitlab.data.DatasetStore;
import org.digitlab.data.ImageSet;
import org.digitlab.model.SplitKind;
import org.digitlab.model.TrainedModel;
import org.digitlab.model.TrainingSettings;

/**
 * The images a robustness sweep distorts: the first N of the published test set of the models'
 * dataset, which no model of the app trained on (notebook 001's split validates on half of it,
 * but never trains on it), the same for every model so that their curves compare.
 */
public final class SweepImages {

    /** Enough for each figure to about ±1.5 points, and a sweep of one model in seconds. */
    public static final int DEFAULT_LIMIT = 1_000;

    private SweepImages() {
    }

    /**
     * Loads the images (blocking I/O).
     *
     * @param names the models' names, for the message when they read different images
     * @throws IllegalArgumentException when the models read different datasets or image sizes
     */
    public static ImageSet load(DatasetStore store, List<TrainedModel> models, List<String> names, int limit)
            throws IOException {
        check(models, names);
        TrainingSettings settings = models.get(0).spec().training().withSplit(SplitKind.TRAIN_TEST, 0);
        ImageSet test = TrainingData.load(store, settings).test();
        return test.range(0, Math.min(limit, test.size()));
    }

    /** Refuses models that read different datasets or image sizes, naming the first two that differ. */
    public static void check(List<TrainedModel> models, List<String> names) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs at least one model");
        }
        TrainedModel first = models.get(0);
        String dataset = first.spec().training().datasetId();
        for (int m = 1; m < models.size(); m++) {
            TrainedModel other = models.get(m);
            String otherDataset = other.spec().training().datasetId();
            if (!otherDataset.equals(dataset) || !other.metadata().input().equals(first.metadata().input())) {
                throw new IllegalArgumentException(String.format("%s reads %s images of %s but %s reads %s images "
                        + "of %s: sweep models of one dataset together", names.get(m), other.metadata().input(),
                        otherDataset, names.get(0), first.metadata().input(), dataset));
            }
        }
    }
}
