package org.digitlab.ui.datasets;

import org.digitlab.data.ImageSet;
import org.digitlab.data.TrainTest;

/** The published halves of a dataset that the browser offers. */
public enum DatasetSplit {
    TRAIN("train"),
    TEST("test");

    private final String displayName;

    DatasetSplit(String displayName) {
        this.displayName = displayName;
    }

    /** This split's images in a loaded dataset. */
    public ImageSet of(TrainTest data) {
        return this == TRAIN ? data.train() : data.test();
    }

    @Override
    public String toString() {
        return displayName;
    }
}
