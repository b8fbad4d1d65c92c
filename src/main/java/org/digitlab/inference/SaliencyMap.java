package org.digitlab.inference;

import java.util.Objects;

/**
 * Which pixels of the model's input pushed one class up or down.
 *
 * @param size side of the square input
 * @param target the class explained
 * @param kind how it was measured
 * @param values {@code size × size} signed contributions, row by row: positive pushes the class up
 */
public record SaliencyMap(int size, int target, SaliencyKind kind, float[] values) {

    public SaliencyMap {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(values, "values");
        if (values.length != size * size) {
            throw new IllegalArgumentException("a " + size + "×" + size + " map needs " + size * size
                    + " values, got " + values.length);
        }
    }

    /** The largest absolute value, for scaling a picture of the map (0 for an empty map). */
    public float maxAbs() {
        float max = 0f;
        for (float v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }

    /**
     * The share of the map's total absolute value that lies on pixels whose ink is above
     * {@code threshold}: near 1 when the explanation is about the strokes.
     */
    public double shareOn(float[] image, float threshold) {
        double on = 0;
        double all = 0;
        for (int i = 0; i < values.length; i++) {
            double a = Math.abs(values[i]);
            all += a;
            if (image[i] > threshold) {
                on += a;
            }
        }
        return all == 0 ? 0 : on / all;
    }
}
