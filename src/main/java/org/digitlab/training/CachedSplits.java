package org.digitlab.training;

import java.io.IOException;
import org.digitlab.data.DataSplits;
import org.digitlab.data.DatasetStore;
import org.digitlab.model.TrainingSettings;

/**
 * Loads each dataset split once per session of the app: a second run on the same data starts at
 * once. Holds the last split only (a classroom laptop has little memory to spare).
 */
public final class CachedSplits implements TrainingSession.SplitsLoader {

    private final DatasetStore store;
    private TrainingSettings lastSettings;
    private DataSplits last;

    public CachedSplits(DatasetStore store) {
        this.store = store;
    }

    @Override
    public synchronized DataSplits load(TrainingSettings settings) throws IOException {
        if (last == null || !sameData(lastSettings, settings)) {
            last = TrainingData.load(store, settings);
            lastSettings = settings;
        }
        return last;
    }

    static boolean sameData(TrainingSettings a, TrainingSettings b) {
        return a.datasetId().equals(b.datasetId()) && a.split() == b.split() && a.seed() == b.seed()
                && a.validationFraction() == b.validationFraction();
    }
}
