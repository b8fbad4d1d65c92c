package org.digitlab.data;

/** The published halves of a dataset (train, test), as the dataset browser and the Evaluation view offer them. */
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
