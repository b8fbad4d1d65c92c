package org.digitlab.model;

/** The shape of one input image, channels-last as Keras writes it: (28, 28, 1) for MNIST. */
public record InputShape(int height, int width, int channels) {

    /** The number of values in one image: 784 for MNIST. */
    public int size() {
        return height * width * channels;
    }

    /** "56×56×1", as messages and the UI write a shape; never the record's "InputShape[height=56, …]". */
    @Override
    public String toString() {
        return height + "×" + width + "×" + channels;
    }
}
