package org.digitlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetStoreImportTest {

    @TempDir
    Path temp;

    private DatasetStore store;

    @BeforeEach
    void createStore() {
        store = new DatasetStore(temp.resolve("home"), List.of(), TinyDataset.catalog(TinyDataset.info(List.of())));
    }

    @Test
    void gzippedFolderIsImportedUncompressed() throws IOException {
        Path folder = TinyDataset.writeTo(temp.resolve("download"), true);

        store.importFrom(TinyDataset.ID, folder, Progress.NONE);

        assertThat(store.status(TinyDataset.ID).present()).isTrue();
        assertThat(Files.readAllBytes(store.cacheDir(TinyDataset.ID).resolve("t10k-images-idx3-ubyte")))
                .isEqualTo(TinyDataset.CONTENT.get("t10k-images-idx3-ubyte"));
        store.verify(TinyDataset.ID);
    }

    @Test
    void dottedNamesAreAccepted() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("dotted"));
        for (var entry : TinyDataset.CONTENT.entrySet()) {
            Files.write(folder.resolve(entry.getKey().replace("-idx", ".idx")), entry.getValue());
        }

        store.importFrom(TinyDataset.ID, folder, Progress.NONE);

        assertThat(store.load(TinyDataset.ID).test().labels()).containsExactly(7, 2);
    }

    @Test
    void corruptFileIsRejectedWithItsNameAndNothingHalfWrittenRemains() throws IOException {
        Path folder = TinyDataset.writeTo(temp.resolve("corrupt"), false);
        byte[] images = TinyDataset.CONTENT.get("train-images-idx3-ubyte").clone();
        images[images.length - 1] ^= 1;
        Files.write(folder.resolve("train-images-idx3-ubyte"), images);

        assertThatThrownBy(() -> store.importFrom(TinyDataset.ID, folder, Progress.NONE))
                .isInstanceOf(ChecksumMismatchException.class)
                .hasMessageStartingWith("train-images-idx3-ubyte: SHA-256");

        assertThat(cacheFiles()).isEmpty();
    }

    @Test
    void fileOfTheWrongSizeIsRejectedWithItsName() throws IOException {
        Path folder = TinyDataset.writeTo(temp.resolve("short"), false);
        Files.write(folder.resolve("t10k-labels-idx1-ubyte"), IdxFixtures.labels(7));

        assertThatThrownBy(() -> store.importFrom(TinyDataset.ID, folder, Progress.NONE))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageStartingWith("t10k-labels-idx1-ubyte: uncompressed content is 9 bytes, expected 10");

        assertThat(cacheFiles()).noneMatch(p -> p.getFileName().toString().contains(".part-"));
        assertThat(store.status(TinyDataset.ID).missing()).containsExactly("t10k-labels-idx1-ubyte");
    }

    @Test
    void folderMissingAFileIsRejectedBeforeAnythingIsCopied() throws IOException {
        Path folder = TinyDataset.writeTo(temp.resolve("incomplete"), false);
        Files.delete(folder.resolve("t10k-images-idx3-ubyte"));

        assertThatThrownBy(() -> store.importFrom(TinyDataset.ID, folder, Progress.NONE))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("t10k-images-idx3-ubyte");

        assertThat(cacheFiles()).isEmpty();
    }

    private List<Path> cacheFiles() throws IOException {
        Path dir = store.cacheDir(TinyDataset.ID);
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
