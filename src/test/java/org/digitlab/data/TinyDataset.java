package org.digitlab.data;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A four-file dataset of a few 2x3 images with MNIST's file names, and a catalog that knows it,
 * so store tests exercise the real code paths on bytes small enough to read in the test.
 */
final class TinyDataset {

    static final String ID = "tiny";
    static final List<String> CLASSES = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    /** Uncompressed content by file name. */
    static final Map<String, byte[]> CONTENT = content();
    private static final Map<String, String> ROLES = Map.of(
            "train-images-idx3-ubyte", DatasetFile.TRAIN_IMAGES, "train-labels-idx1-ubyte", DatasetFile.TRAIN_LABELS,
            "t10k-images-idx3-ubyte", DatasetFile.TEST_IMAGES, "t10k-labels-idx1-ubyte", DatasetFile.TEST_LABELS);

    private TinyDataset() {
    }

    /** The dataset whose mirrors are {@code base + name + ".gz"} for each base; hashes as pinned. */
    static DatasetInfo info(List<URI> mirrorBases) {
        return info(mirrorBases, name -> IdxFixtures.sha256(CONTENT.get(name)));
    }

    static DatasetInfo info(List<URI> mirrorBases, Function<String, String> sha256ByName) {
        List<DatasetFile> files = new ArrayList<>();
        CONTENT.forEach((name, bytes) -> files.add(new DatasetFile(ROLES.get(name), name, sha256ByName.apply(name),
                bytes.length, mirrorBases.stream().map(base -> base.resolve(name + ".gz")).toList())));
        return new DatasetInfo(ID, "Tiny", IdxFixtures.ROWS, IdxFixtures.COLS, CLASSES, files, null, "for tests");
    }

    /** A catalog lookup that knows only {@code info}. */
    static Function<String, DatasetInfo> catalog(DatasetInfo info) {
        return id -> {
            if (!id.equals(info.id())) {
                throw new IllegalArgumentException("unknown dataset " + id);
            }
            return info;
        };
    }

    /** Writes the four files into {@code folder}, gzipped or raw, under their names (+ .gz). */
    static Path writeTo(Path folder, boolean gzipped) throws IOException {
        Files.createDirectories(folder);
        for (Map.Entry<String, byte[]> e : CONTENT.entrySet()) {
            Files.write(folder.resolve(e.getKey() + (gzipped ? ".gz" : "")),
                    gzipped ? IdxFixtures.gzip(e.getValue()) : e.getValue());
        }
        return folder;
    }

    private static Map<String, byte[]> content() {
        Map<String, byte[]> content = new LinkedHashMap<>();
        content.put("train-images-idx3-ubyte", IdxFixtures.images(3));
        content.put("train-labels-idx1-ubyte", IdxFixtures.labels(5, 0, 4));
        content.put("t10k-images-idx3-ubyte", IdxFixtures.images(2));
        content.put("t10k-labels-idx1-ubyte", IdxFixtures.labels(7, 2));
        return content;
    }
}
