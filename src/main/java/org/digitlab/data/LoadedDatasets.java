package org.digitlab.data;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Catalog datasets read into memory: from the files {@link DatasetFiles} finds, or derived from
 * another dataset by its recipe. A full MNIST is about 55 MB of pixels, and the dataset browser, a
 * training run and the Evaluation view may all ask for the same one; so while one load is still
 * held somewhere, later loads get that copy instead of reading a second.
 *
 * <p>Only catalog ids come here; collected sets are small and change with every drawing kept, so
 * {@link DatasetStore} reads them afresh each time.
 */
final class LoadedDatasets {

    private final DatasetFiles files;
    private final Function<String, DatasetInfo> catalog;
    /** Datasets loaded and still referenced: weak, so a dataset nobody holds is collected. */
    private final Map<String, WeakReference<TrainTest>> loaded = new HashMap<>();

    LoadedDatasets(DatasetFiles files, Function<String, DatasetInfo> catalog) {
        this.files = files;
        this.catalog = catalog;
    }

    /** The dataset: the copy an earlier load still holds, or else one read (or derived) now. */
    TrainTest load(String id) throws IOException {
        DatasetInfo info = catalog.apply(id);
        synchronized (loaded) {
            TrainTest held = loaded.containsKey(info.id()) ? loaded.get(info.id()).get() : null;
            if (held != null) {
                return held;
            }
        }
        TrainTest read = read(info);
        synchronized (loaded) {
            loaded.put(info.id(), new WeakReference<>(read));
        }
        return read;
    }

    private TrainTest read(DatasetInfo info) throws IOException {
        if (info.isDerived()) {
            return derive(info, load(info.derivedFrom()));
        }
        DatasetStatus status = files.requirePresent(info);
        files.requireSystemFilesVerified(info, status);
        return new TrainTest(read(info, status, DatasetFile.TRAIN_IMAGES, DatasetFile.TRAIN_LABELS),
                read(info, status, DatasetFile.TEST_IMAGES, DatasetFile.TEST_LABELS));
    }

    /** One split's images and labels; images of another size than the catalog's are rejected. */
    private static ImageSet read(DatasetInfo info, DatasetStatus status, String imagesRole, String labelsRole)
            throws IOException {
        Path images = status.location(info.file(imagesRole).fileName());
        Path labels = status.location(info.file(labelsRole).fileName());
        ImageSet set = IdxReader.read(images, labels, info.numClasses());
        if (set.rows() != info.rows() || set.cols() != info.cols()) {
            throw new DatasetFormatException(images, "holds " + set.rows() + "x" + set.cols() + " images, but "
                    + info.id() + " has " + info.rows() + "x" + info.cols());
        }
        return set;
    }

    /** The recipes of derived datasets; the catalog says what is derived, this says how. */
    private static TrainTest derive(DatasetInfo info, TrainTest source) {
        if (DatasetCatalog.MNIST_UNCENTERED_56.equals(info.id())) {
            return Uncentered.embed(source, info.rows(), DatasetCatalog.UNCENTERED_SEED);
        }
        throw new IllegalStateException("no recipe to derive dataset '" + info.id() + "'");
    }
}
