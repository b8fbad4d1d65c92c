package org.digitlab;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.digitlab.data.DataSplits;
import org.digitlab.data.DatasetStore;
import org.digitlab.data.SplitSpec;
import org.digitlab.data.Splits;
import org.digitlab.data.TrainTest;

/**
 * Real MNIST for tests, loaded once per test JVM from the default cache (which
 * {@code scripts/fetch-datasets.sh} fills; the README's test command runs it first).
 */
public final class RealMnist {

    private static TrainTest data;

    private RealMnist() {
    }

    public static synchronized TrainTest trainTest() {
        if (data == null) {
            try {
                data = DatasetStore.defaultStore().load("mnist");
            } catch (IOException e) {
                throw new UncheckedIOException("MNIST is needed: run scripts/fetch-datasets.sh", e);
            }
        }
        return data;
    }

    /** Train/test without validation, as notebooks 000, 002 and 004 use it. */
    public static DataSplits plain() {
        return Splits.apply(trainTest(), SplitSpec.trainTest());
    }

    /** The 10k holdout halved into validation and test, as notebook 001 does. */
    public static DataSplits holdoutHalf() {
        return Splits.apply(trainTest(), SplitSpec.holdoutHalf(1));
    }
}
