package org.digitlab.ui.datasets;

import java.util.Objects;
import org.digitlab.data.DatasetInfo;
import org.digitlab.data.DatasetSplit;
import org.digitlab.data.ImageSet;

/**
 * The images the grid shows together with the dataset and split they were loaded as. One value,
 * replaced whole, so that a thumbnail can never pair one dataset's pictures with another's name:
 * the name, the labels' class names and the cache key all come from the same snapshot as the
 * pictures.
 */
record ShownImages(DatasetInfo dataset, DatasetSplit split, ImageSet images) {

    ShownImages {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(split, "split");
        Objects.requireNonNull(images, "images");
    }

    /** The cache key of image {@code index} of this snapshot. */
    ThumbnailCache.Key key(int index) {
        return new ThumbnailCache.Key(dataset.id(), split, index);
    }

    /** The class name under image {@code index}. */
    String labelName(int index) {
        return dataset.classNames().get(images.label(index));
    }
}
