package org.digitlab.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The views that load a dataset (the browser, a run, the Evaluation view) share one copy while
 * any of them holds it, and the store itself keeps none: memory for a 4 GB laptop.
 */
class DatasetStoreSharingTest {

    private static final int COLLECTIONS = 20;

    @TempDir
    Path temp;

    private DatasetStore store() throws IOException {
        Path system = temp.resolve("system");
        TinyDataset.writeTo(system.resolve(TinyDataset.ID), false);
        return new DatasetStore(temp.resolve("home"), List.of(system),
                TinyDataset.catalog(TinyDataset.info(List.of())));
    }

    @Test
    void aDatasetStillHeldIsHandedOutAgainInsteadOfASecondCopy() throws IOException {
        DatasetStore store = store();

        TrainTest first = store.load(TinyDataset.ID);
        TrainTest second = store.load(TinyDataset.ID);

        assertThat(second).isSameAs(first);
        assertThat(second.train().pixels()).isSameAs(first.train().pixels());
    }

    @Test
    void theStoreKeepsNoDatasetThatNobodyHolds() throws IOException {
        DatasetStore store = store();
        WeakReference<TrainTest> loaded = new WeakReference<>(store.load(TinyDataset.ID));

        for (int i = 0; i < COLLECTIONS && loaded.get() != null; i++) {
            System.gc();
        }

        assertThat(loaded.get()).as("collected once nobody holds it").isNull();
        assertThat(store.load(TinyDataset.ID).train().size()).isEqualTo(3);
    }
}
