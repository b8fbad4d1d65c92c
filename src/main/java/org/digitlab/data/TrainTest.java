package org.digitlab.data;

import java.util.Objects;

/** A dataset as published: its training images and its test images. */
public record TrainTest(ImageSet train, ImageSet test) {

    public TrainTest {
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
    }
}
