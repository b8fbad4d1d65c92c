package org.digitlab.inference;

import java.util.Objects;

/**
 * A grey-level picture, row-major, each value 0 (black) to 255 (white): what a canvas snapshot
 * or an image file becomes before preprocessing.
 *
 * @param width columns
 * @param height rows
 * @param values {@code width × height} grey levels
 */
public record GrayImage(int width, int height, float[] values) {

    /** The largest grey level. */
    public static final float WHITE = 255f;

    public GrayImage {
        Objects.requireNonNull(values, "values");
        if (width <= 0 || height <= 0 || values.length != width * height) {
            throw new IllegalArgumentException("a " + width + "×" + height + " image needs "
                    + (long) width * height + " values, got " + values.length);
        }
    }

    /** An all-white image. */
    public static GrayImage blank(int width, int height) {
        float[] values = new float[width * height];
        java.util.Arrays.fill(values, WHITE);
        return new GrayImage(width, height, values);
    }

    public float get(int x, int y) {
        return values[y * width + x];
    }
}
