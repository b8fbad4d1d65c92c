package org.digitlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** System-folder datasets checked like the cache, and leftovers of killed processes cleaned. */
class DatasetsOnDiskTest {

    @TempDir
    Path temp;

    private final DatasetInfo tiny = TinyDataset.info(List.of());

    @Test
    void smallerDatasetInASystemFolderIsRefusedAsDamagedNamingTheFile() throws IOException {
        Path system = temp.resolve("system");
        Path folder = TinyDataset.writeTo(system.resolve(TinyDataset.ID), true);
        // A well-formed IDX pair with fewer images than the pinned files: it would load and train.
        Files.write(folder.resolve("train-images-idx3-ubyte.gz"), IdxFixtures.gzip(IdxFixtures.images(1)));
        Files.write(folder.resolve("train-labels-idx1-ubyte.gz"), IdxFixtures.gzip(IdxFixtures.labels(5)));
        DatasetStore store = store(system);

        assertThatThrownBy(() -> store.load(TinyDataset.ID))
                .isInstanceOf(DatasetDamagedException.class)
                .hasMessageContaining(folder.resolve("train-images-idx3-ubyte.gz").toString())
                .hasMessageContaining(folder.resolve("train-labels-idx1-ubyte.gz").toString())
                .hasMessageContaining("`digitlab datasets download tiny`");
        assertThat(store.status(TinyDataset.ID).damaged())
                .as("the outcome is remembered, so the quick status knows it too")
                .containsOnlyKeys("train-images-idx3-ubyte", "train-labels-idx1-ubyte");
    }

    @Test
    void rawSystemFileOfTheWrongSizeIsDamaged() throws IOException {
        Path system = temp.resolve("system");
        Path folder = TinyDataset.writeTo(system.resolve(TinyDataset.ID), false);
        Files.write(folder.resolve("t10k-labels-idx1-ubyte"), IdxFixtures.labels(7));

        DatasetStatus status = store(system).status(TinyDataset.ID);

        assertThat(status.present()).isFalse();
        assertThat(status.damaged().get("t10k-labels-idx1-ubyte"))
                .isEqualTo(folder.resolve("t10k-labels-idx1-ubyte") + " is 9 bytes, expected 10");
    }

    @Test
    void aSystemFileIsHashedOnceUntilItChanges() throws IOException {
        Path system = temp.resolve("system");
        Path folder = TinyDataset.writeTo(system.resolve(TinyDataset.ID), false);
        store(system).load(TinyDataset.ID);
        Path labels = folder.resolve("t10k-labels-idx1-ubyte");
        FileTime checkedAt = Files.getLastModifiedTime(labels);

        // Same size, same time, other content: only a remembered check can let this through.
        byte[] other = TinyDataset.CONTENT.get("t10k-labels-idx1-ubyte").clone();
        other[other.length - 1] = 3;
        Files.write(labels, other);
        Files.setLastModifiedTime(labels, checkedAt);
        assertThat(store(system).load(TinyDataset.ID).test().labels()).containsExactly(7, 3);

        Files.setLastModifiedTime(labels, FileTime.from(checkedAt.toInstant().plusSeconds(1)));
        assertThatThrownBy(() -> store(system).load(TinyDataset.ID))
                .isInstanceOf(DatasetDamagedException.class)
                .hasMessageContaining(labels + ": SHA-256");
    }

    @Test
    void goodFileInTheCacheWinsOverADamagedSystemFile() throws IOException {
        Path system = temp.resolve("system");
        Path folder = TinyDataset.writeTo(system.resolve(TinyDataset.ID), false);
        Files.write(folder.resolve("t10k-labels-idx1-ubyte"), IdxFixtures.labels(7));
        DatasetStore store = store(system);
        TinyDataset.writeTo(store.cacheDir(TinyDataset.ID), false);

        assertThat(store.load(TinyDataset.ID).test().labels()).containsExactly(7, 2);
    }

    @Test
    void leftoversOfAKilledProcessAreCleanedButFreshTempFilesAndOtherFilesStay() throws IOException {
        DatasetStore store = store(temp.resolve("no-system"));
        Path cache = Files.createDirectories(store.home().resolve("datasets").resolve(DatasetCatalog.MNIST));
        Path home = store.home();
        Path oldPart = old(Files.writeString(cache.resolve("train-images-idx3-ubyte.part-1b2c3d4e"), "half"));
        Path oldTmp = old(Files.writeString(home.resolve("settings.json.tmp-0f8fad5b-d9cb-469f-a165-70867728950e"),
                "half"));
        Path freshPart = Files.writeString(cache.resolve("t10k-images-idx3-ubyte.part-9a8b"), "being written");
        Path oldOther = old(Files.writeString(cache.resolve("notes.part"), "the user's"));
        Path oldDataset = old(Files.writeString(cache.resolve("t10k-labels-idx1-ubyte"), "kept"));

        int deleted = store.cleanLeftovers();

        assertThat(deleted).isEqualTo(2);
        assertThat(oldPart).doesNotExist();
        assertThat(oldTmp).doesNotExist();
        assertThat(freshPart).exists();
        assertThat(oldOther).exists();
        assertThat(oldDataset).exists();
    }

    @Test
    void besideAModelFileOnlyItsOwnLeftoversAreCleaned() throws IOException {
        Path model = temp.resolve("cnn.zip");
        Path leftover = old(Files.writeString(temp.resolve("cnn.zip.tmp-0f8fad5b-d9cb-469f-a165-70867728950e"), "x"));
        Path someoneElses = old(Files.writeString(temp.resolve("other.zip.tmp-0f8fad5b"), "x"));

        assertThat(StaleFiles.cleanBeside(model, StaleFiles.DEFAULT_AGE)).isEqualTo(1);

        assertThat(leftover).doesNotExist();
        assertThat(someoneElses).exists();
    }

    private DatasetStore store(Path system) {
        return new DatasetStore(temp.resolve("home"), List.of(system), TinyDataset.catalog(tiny));
    }

    private static Path old(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        return file;
    }
}
