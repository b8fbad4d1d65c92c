package org.digitlab.ui.evaluation;

import java.util.Objects;

/**
 * A snapshot of a chart as plain pixels, so it can be written to a PNG file off the FX thread.
 *
 * @param width columns
 * @param height rows
 * @param argb one ARGB value per pixel, row by row
 */
public record Picture(int width, int height, int[] argb) {

    public Picture {
        Objects.requireNonNull(argb, "argb");
        if (width <= 0 || height <= 0 || argb.length != width * height) {
            throw new IllegalArgumentException(width + "×" + height + " picture with " + argb.length + " pixels");
        }
    }
}
