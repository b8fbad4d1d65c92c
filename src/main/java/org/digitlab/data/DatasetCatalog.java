package org.digitlab.data;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The datasets Digit Lab knows, with pinned SHA-256 and sizes of their uncompressed files so that
 * a download from any mirror, an import, or a system package can be verified byte for byte.
 */
public final class DatasetCatalog {

    public static final String MNIST = "mnist";
    public static final String FASHION_MNIST = "fashion-mnist";
    public static final String MNIST_UNCENTERED_56 = "mnist-uncentered-56";

    /** Side of an MNIST or Fashion-MNIST image. */
    public static final int MNIST_SIDE = 28;
    /** Side of the canvas that {@link #MNIST_UNCENTERED_56} pastes MNIST digits into. */
    public static final int UNCENTERED_SIDE = 56;
    /** Seed of the uncentered offsets, as in lesson notebook 001 (which used numpy's seed 1). */
    public static final long UNCENTERED_SEED = 1;

    private static final String TRAIN_IMAGES_NAME = "train-images-idx3-ubyte";
    private static final String TRAIN_LABELS_NAME = "train-labels-idx1-ubyte";
    private static final String TEST_IMAGES_NAME = "t10k-images-idx3-ubyte";
    private static final String TEST_LABELS_NAME = "t10k-labels-idx1-ubyte";
    private static final long IMAGES_60K_SIZE = 47_040_016;
    private static final long LABELS_60K_SIZE = 60_008;
    private static final long IMAGES_10K_SIZE = 7_840_016;
    private static final long LABELS_10K_SIZE = 10_008;

    private static final List<String> MNIST_MIRRORS = List.of(
            "https://ossci-datasets.s3.amazonaws.com/mnist/",
            "https://storage.googleapis.com/cvdf-datasets/mnist/");
    private static final List<String> FASHION_MIRRORS = List.of(
            "https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/");

    private static final Map<String, DatasetInfo> ALL = Stream.of(mnist(), fashionMnist(), mnistUncentered())
            .collect(Collectors.toMap(DatasetInfo::id, d -> d, (a, b) -> a, LinkedHashMap::new));

    private DatasetCatalog() {
    }

    /** Every known dataset, in menu order. */
    public static List<DatasetInfo> all() {
        return List.copyOf(ALL.values());
    }

    /** The dataset with this id; an unknown id is an error that lists the known ones. */
    public static DatasetInfo get(String id) {
        DatasetInfo info = ALL.get(id);
        if (info == null) {
            throw new IllegalArgumentException("unknown dataset '" + id + "'; known datasets: "
                    + String.join(", ", ALL.keySet()));
        }
        return info;
    }

    private static DatasetInfo mnist() {
        List<DatasetFile> files = List.of(
                file(DatasetFile.TRAIN_IMAGES, TRAIN_IMAGES_NAME, IMAGES_60K_SIZE, MNIST_MIRRORS,
                        "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db"),
                file(DatasetFile.TRAIN_LABELS, TRAIN_LABELS_NAME, LABELS_60K_SIZE, MNIST_MIRRORS,
                        "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5"),
                file(DatasetFile.TEST_IMAGES, TEST_IMAGES_NAME, IMAGES_10K_SIZE, MNIST_MIRRORS,
                        "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7"),
                file(DatasetFile.TEST_LABELS, TEST_LABELS_NAME, LABELS_10K_SIZE, MNIST_MIRRORS,
                        "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2"));
        return new DatasetInfo(MNIST, "MNIST", MNIST_SIDE, MNIST_SIDE,
                List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), files, null,
                "70,000 handwritten digits, centred in 28x28 pixels (60,000 for training, 10,000 for testing).");
    }

    private static DatasetInfo fashionMnist() {
        List<DatasetFile> files = List.of(
                file(DatasetFile.TRAIN_IMAGES, TRAIN_IMAGES_NAME, IMAGES_60K_SIZE, FASHION_MIRRORS,
                        "c59f468a2f672dc815687fe0f83887768d799fd8a3f3276145d20f83aa44d888"),
                file(DatasetFile.TRAIN_LABELS, TRAIN_LABELS_NAME, LABELS_60K_SIZE, FASHION_MIRRORS,
                        "bad3541b69d912435c50bb6ba87bec294ff4f6a2e1246121d8633921760443d9"),
                file(DatasetFile.TEST_IMAGES, TEST_IMAGES_NAME, IMAGES_10K_SIZE, FASHION_MIRRORS,
                        "5b4141f0afbad91edebe8549f8fcffe087ea10ca49f1dbef5c9a5cd8815ce37b"),
                file(DatasetFile.TEST_LABELS, TEST_LABELS_NAME, LABELS_10K_SIZE, FASHION_MIRRORS,
                        "0402a96d92fd2663957122ceb108a494c5af83dab82d92729df917d7dec38c34"));
        return new DatasetInfo(FASHION_MNIST, "Fashion-MNIST", MNIST_SIDE, MNIST_SIDE,
                List.of("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                        "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"), files, null,
                "70,000 Zalando article photos in 28x28 grey levels, a drop-in and harder replacement for MNIST.");
    }

    private static DatasetInfo mnistUncentered() {
        return new DatasetInfo(MNIST_UNCENTERED_56, "MNIST uncentered 56\u00d756", UNCENTERED_SIDE, UNCENTERED_SIDE,
                mnist().classNames(), List.of(), MNIST,
                "Each MNIST digit pasted at a random offset (0..27 in each axis, seed 1) into a blank 56x56 image,"
                        + " as in lesson notebook 001, to show why convolutions help. The offsets are reproducible"
                        + " but are not numpy's.");
    }

    private static DatasetFile file(String role, String name, long size, List<String> mirrorBases, String sha256) {
        List<URI> mirrors = mirrorBases.stream().map(base -> URI.create(base + name + ".gz")).toList();
        return new DatasetFile(role, name, sha256, size, mirrors);
    }
}
