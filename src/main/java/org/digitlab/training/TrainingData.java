package org.digitlab.training;

import java.io.IOException;
import org.digitlab.data.DataSplits;
import org.digitlab.data.DatasetStore;
import org.digitlab.data.SplitSpec;
import org.digitlab.data.Splits;
import org.digitlab.model.SplitKind;
import org.digitlab.model.TrainingSettings;

/** Loads the dataset a spec's training settings name and splits it the way they say. */
public final class TrainingData {

    private TrainingData() {
    }

    public static DataSplits load(DatasetStore store, TrainingSettings settings) throws IOException {
        return Splits.apply(store.load(settings.datasetId()), splitSpec(settings));
    }

    /**
     * What the test set of these settings is called in every figure: notebook 001's split keeps
     * half of the published test set for validation, so its test set is the other, held-out half.
     */
    public static String testSetName(TrainingSettings settings) {
        return settings.split() == SplitKind.HOLDOUT_HALF ? "held-out test" : "test";
    }

    /** What the training set of these settings is called: Keras' split keeps a share out of it. */
    public static String trainingSetName(TrainingSettings settings) {
        return settings.split() == SplitKind.VALIDATION_FRACTION ? "training (validation share left out)"
                : "training";
    }

    /** The data layer's split for the settings; the split's shuffle uses the run's seed. */
    public static SplitSpec splitSpec(TrainingSettings settings) {
        return switch (settings.split()) {
            case TRAIN_TEST -> SplitSpec.trainTest();
            case HOLDOUT_HALF -> SplitSpec.holdoutHalf(settings.seed());
            case VALIDATION_FRACTION ->
                    SplitSpec.validationFraction(settings.validationFraction(), settings.seed());
        };
    }
}
