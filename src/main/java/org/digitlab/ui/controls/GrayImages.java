package org.digitlab.ui.controls;

import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * Small images made from numbers: a digit (ink dark on light, as on the canvas), a feature map
 * (brighter = stronger, scaled to its own maximum) and weights (a diverging scale: blue for
 * positive, vermillion for negative, white for zero: the Okabe–Ito pair, colour-blind safe).
 */
public final class GrayImages {

    private static final Color POSITIVE = Color.web("#0072b2");
    private static final Color NEGATIVE = Color.web("#d55e00");

    private GrayImages() {
    }

    /** Values 0..1, ink bright, drawn dark on light. */
    public static WritableImage digit(float[] values, int width, int height) {
        return paint(values, width, height, 1, v -> Color.gray(1 - clamp(v)));
    }

    /** Non-negative activations scaled to their maximum, bright = strong, on black. */
    public static WritableImage activation(float[] values, int width, int height) {
        return paint(values, width, height, maxAbs(values), v -> Color.gray(clamp(Math.abs(v))));
    }

    /** Signed weights scaled to their largest magnitude: blue positive, vermillion negative. */
    public static WritableImage weights(float[] values, int width, int height) {
        return paint(values, width, height, maxAbs(values),
                v -> Color.WHITE.interpolate(v >= 0 ? POSITIVE : NEGATIVE, Math.min(1, Math.abs(v))));
    }

    /** One pixel per value, each divided by {@code scale} (0: all zero) and coloured. */
    private static WritableImage paint(float[] values, int width, int height, float scale, Shade shade) {
        WritableImage image = new WritableImage(width, height);
        PixelWriter writer = image.getPixelWriter();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                writer.setColor(x, y, shade.of(scale == 0 ? 0 : values[y * width + x] / scale));
            }
        }
        return image;
    }

    private static float maxAbs(float[] values) {
        float max = 0;
        for (float v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    private interface Shade {
        Color of(float value);
    }

    private static float clamp(float v) {
        return Math.max(0, Math.min(1, v));
    }
}
