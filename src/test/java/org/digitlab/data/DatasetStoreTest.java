package org.digitlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetStoreTest {

    @TempDir
    Path temp;

    private final DatasetInfo tiny = TinyDataset.info(List.of());

    @Test
    void emptyStoreReportsEveryFileMissingAndLoadSaysHowToGetThem() {
        DatasetStore store = new DatasetStore(temp.resolve("home"), List.of(), TinyDataset.catalog(tiny));

        DatasetStatus status = store.status(TinyDataset.ID);

        assertThat(status.present()).isFalse();
        assertThat(status.missing()).containsExactlyElementsOf(TinyDataset.CONTENT.keySet());
        assertThat(status.location("train-images-idx3-ubyte")).isNull();
        assertThatThrownBy(() -> store.load(TinyDataset.ID))
                .isInstanceOf(DatasetMissingException.class)
                .hasMessageContaining("'tiny'")
                .hasMessageContaining("train-images-idx3-ubyte")
                .hasMessageContaining("scripts/fetch-datasets.sh");
    }

    @Test
    void gzippedFilesInASystemDirAreFoundAndLoaded() throws IOException {
        Path system = temp.resolve("system");
        TinyDataset.writeTo(system.resolve(TinyDataset.ID), true);
        DatasetStore store = new DatasetStore(temp.resolve("home"), List.of(system), TinyDataset.catalog(tiny));

        DatasetStatus status = store.status(TinyDataset.ID);
        TrainTest data = store.load(TinyDataset.ID);

        assertThat(status.present()).isTrue();
        assertThat(status.location("t10k-labels-idx1-ubyte").getFileName()).hasToString("t10k-labels-idx1-ubyte.gz");
        assertThat(data.train().size()).isEqualTo(3);
        assertThat(data.train().label(0)).isEqualTo(5);
        assertThat(data.test().labels()).containsExactly(7, 2);
        store.verify(TinyDataset.ID);
    }

    @Test
    void theInstalledAppsBundledFolderIsSearchedBeforeTheSystemFolderAndAbsentFoldersAreLeftOut()
            throws IOException {
        Path bundled = Files.createDirectories(temp.resolve("app/datasets"));
        Path system = Files.createDirectories(temp.resolve("usr/share/datasets"));

        assertThat(DatasetStore.defaultSystemDirs(bundled.toString(), system)).containsExactly(bundled, system);
        assertThat(DatasetStore.defaultSystemDirs(null, system)).containsExactly(system);
        assertThat(DatasetStore.defaultSystemDirs(" ", temp.resolve("none"))).isEmpty();
        assertThat(DatasetStore.defaultSystemDirs(temp.resolve("moved").toString(), system)).containsExactly(system);
    }

    @Test
    void bundledFilesServeAnEmptyCacheWithoutBeingCopiedAndACachedCopyWins() throws IOException {
        Path bundled = temp.resolve("app/datasets");
        TinyDataset.writeTo(bundled.resolve(TinyDataset.ID), true);
        DatasetStore store = new DatasetStore(temp.resolve("home"),
                DatasetStore.defaultSystemDirs(bundled.toString(), temp.resolve("none")), TinyDataset.catalog(tiny));

        assertThat(store.load(TinyDataset.ID).test().labels()).containsExactly(7, 2);
        assertThat(store.status(TinyDataset.ID).location("train-images-idx3-ubyte")).startsWith(bundled);
        assertThat(store.cacheDir(TinyDataset.ID)).doesNotExist();

        TinyDataset.writeTo(store.cacheDir(TinyDataset.ID), false);
        assertThat(store.status(TinyDataset.ID).location("train-images-idx3-ubyte"))
                .isEqualTo(store.cacheDir(TinyDataset.ID).resolve("train-images-idx3-ubyte"));
    }

    @Test
    void cachedFileOfTheWrongSizeIsDamagedNotMissingAndLoadSaysHowToFetchIt() throws IOException {
        DatasetStore store = new DatasetStore(temp.resolve("home"), List.of(), TinyDataset.catalog(tiny));
        TinyDataset.writeTo(store.cacheDir(TinyDataset.ID), false);
        Path truncated = store.cacheDir(TinyDataset.ID).resolve("train-labels-idx1-ubyte");
        Files.write(truncated, new byte[] {1, 2});

        DatasetStatus status = store.status(TinyDataset.ID);

        assertThat(status.present()).isFalse();
        assertThat(status.missing()).isEmpty();
        assertThat(status.damaged()).containsOnlyKeys("train-labels-idx1-ubyte");
        assertThatThrownBy(() -> store.load(TinyDataset.ID))
                .isInstanceOf(DatasetDamagedException.class)
                .hasMessageContaining("'tiny' is damaged")
                .hasMessageContaining(truncated + " is 2 bytes, expected 11")
                .hasMessageContaining("`digitlab datasets download tiny`")
                .hasMessageNotContaining("missing");
    }

    @Test
    void hintsNameTheDownloadCommandThatExists() {
        DatasetStore store = new DatasetStore(temp.resolve("home"), List.of(), TinyDataset.catalog(tiny));

        assertThatThrownBy(() -> store.load(TinyDataset.ID))
                .hasMessageContaining("`digitlab datasets download tiny`")
                .hasMessageNotContaining("digitlab data download");
    }

    @Test
    void verifyNamesACachedFileWhoseContentChanged() throws IOException {
        DatasetStore store = new DatasetStore(temp.resolve("home"), List.of(), TinyDataset.catalog(tiny));
        Path cache = TinyDataset.writeTo(store.cacheDir(TinyDataset.ID), false);
        byte[] tampered = TinyDataset.CONTENT.get("t10k-labels-idx1-ubyte").clone();
        tampered[tampered.length - 1] = 3;
        Files.write(cache.resolve("t10k-labels-idx1-ubyte"), tampered);

        assertThatThrownBy(() -> store.verify(TinyDataset.ID))
                .isInstanceOf(ChecksumMismatchException.class)
                .hasMessageStartingWith("t10k-labels-idx1-ubyte: SHA-256");
    }

    @Test
    void defaultStoreUsesTheHomeDirectory() {
        DatasetStore store = DatasetStore.defaultStore();
        String env = System.getenv(DatasetStore.HOME_ENV);
        Path expectedHome = env != null && !env.isBlank()
                ? Path.of(env) : Path.of(System.getProperty("user.home"), DatasetStore.DEFAULT_HOME_DIR);

        assertThat(store.home()).isEqualTo(expectedHome);
        assertThat(store.cacheDir(DatasetCatalog.MNIST)).isEqualTo(expectedHome.resolve("datasets").resolve("mnist"));
    }

    @Test
    void derivedDatasetIsPresentExactlyWhenItsSourceIs() throws IOException {
        DatasetStore store = new DatasetStore(temp.resolve("home"), List.of());

        assertThat(store.status(DatasetCatalog.MNIST_UNCENTERED_56).present()).isFalse();
        assertThatThrownBy(() -> store.load(DatasetCatalog.MNIST_UNCENTERED_56))
                .isInstanceOf(DatasetMissingException.class).hasMessageContaining("'mnist'");
    }
}
