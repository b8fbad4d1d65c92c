package org.digitlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real datasets: MNIST through the default store ({@code ~/.digitlab/datasets/mnist} as filled
 * by {@code scripts/fetch-datasets.sh}), Fashion-MNIST from {@code /usr/share/datasets}. Skipped,
 * not failed, on a machine that has not fetched them.
 */
class RealMnistTest {

    private static final int DIGITS = 10;

    private final DatasetStore store = DatasetStore.defaultStore();

    @Test
    void mnistHasItsPublishedSizesAndLabelCounts() throws IOException {
        assumePresent(DatasetCatalog.MNIST);

        long start = System.nanoTime();
        TrainTest mnist = store.load(DatasetCatalog.MNIST);
        long millis = (System.nanoTime() - start) / 1_000_000;
        // Reported, not asserted: timing depends on the machine; the report quotes this figure.
        System.out.printf("Loaded 70,000 MNIST images in %d ms%n", millis);

        assertThat(mnist.train().size()).isEqualTo(60_000);
        assertThat(mnist.test().size()).isEqualTo(10_000);
        assertThat(mnist.train().rows()).isEqualTo(DatasetCatalog.MNIST_SIDE);
        assertThat(mnist.train().label(0)).isEqualTo(5);
        assertThat(mnist.train().classCounts(DIGITS)[1]).isEqualTo(6742);
        assertThat(mnist.test().classCounts(DIGITS)[1]).isEqualTo(1135);
    }

    @Test
    void uncenteredMnistIsDerivedFromMnist() throws IOException {
        assumePresent(DatasetCatalog.MNIST);

        TrainTest uncentered = store.load(DatasetCatalog.MNIST_UNCENTERED_56);
        TrainTest mnist = store.load(DatasetCatalog.MNIST);

        assertThat(uncentered.train().size()).isEqualTo(60_000);
        assertThat(uncentered.test().rows()).isEqualTo(DatasetCatalog.UNCENTERED_SIDE);
        assertThat(ink(uncentered.train().copyImage(0))).isEqualTo(ink(mnist.train().copyImage(0)));
        assertThat(uncentered.test().labels()).isEqualTo(mnist.test().labels());
    }

    @Test
    void mnistFilesMatchTheirPinnedHashes() throws IOException {
        assumePresent(DatasetCatalog.MNIST);

        store.verify(DatasetCatalog.MNIST);
    }

    /** Reads the Debian package's gzipped files in place, with an empty cache in front of them. */
    @Test
    void fashionMnistFromTheSystemDirHasTenBalancedClasses(@TempDir Path emptyHome) throws IOException {
        Path systemDir = Path.of(DatasetStore.SYSTEM_DATASETS_DIR);
        assumeTrue(Files.isDirectory(systemDir.resolve(DatasetCatalog.FASHION_MNIST)),
                "needs the Debian package dataset-fashion-mnist");
        DatasetStore store = new DatasetStore(emptyHome, List.of(systemDir));
        assertThat(store.status(DatasetCatalog.FASHION_MNIST).location("train-images-idx3-ubyte"))
                .hasToString(systemDir.resolve("fashion-mnist/train-images-idx3-ubyte.gz").toString());

        TrainTest fashion = store.load(DatasetCatalog.FASHION_MNIST);

        assertThat(fashion.train().size()).isEqualTo(60_000);
        assertThat(fashion.test().size()).isEqualTo(10_000);
        assertThat(fashion.train().classCounts(DIGITS)).containsOnly(6_000);
        assertThat(fashion.test().classCounts(DIGITS)).containsOnly(1_000);
        assertThat(DatasetCatalog.get(DatasetCatalog.FASHION_MNIST).classNames().get(fashion.train().label(0)))
                .isEqualTo("Ankle boot");
        store.verify(DatasetCatalog.FASHION_MNIST);
    }

    private static long ink(byte[] image) {
        long sum = 0;
        for (byte b : image) {
            sum += Byte.toUnsignedInt(b);
        }
        return sum;
    }

    private void assumePresent(String id) {
        DatasetStatus status = store.status(id);
        assumeTrue(status.present(), () -> id + " not found (missing " + status.missing()
                + "); run scripts/fetch-datasets.sh to fetch it");
    }
}
