package org.digitlab.model;

/**
 * The output shape of a layer for one example, without the batch axis: an image (height, width,
 * channels), channels-last as in Keras, or a flat vector of {@code units()} values.
 */
public record Shape(int height, int width, int channels, boolean flat) {

    /** An image shape (h, w, c). */
    public static Shape image(int height, int width, int channels) {
        return new Shape(height, width, channels, false);
    }

    /** A flat vector of {@code units} values; kept as 1 × 1 × units so that sizes multiply out. */
    public static Shape flat(int units) {
        return new Shape(1, 1, units, true);
    }

    /** The number of values: units for a vector, h · w · c for an image. */
    public long size() {
        return (long) height * width * channels;
    }

    /** The last axis, which batch norm and Dense work along: channels, or the units of a vector. */
    public int lastAxis() {
        return channels;
    }

    /** Keras' notation with the batch axis: "(None, 27, 27, 6)" or "(None, 784)". */
    public String keras() {
        return flat ? "(None, " + channels + ")" : "(None, " + height + ", " + width + ", " + channels + ")";
    }

    @Override
    public String toString() {
        return keras();
    }
}
