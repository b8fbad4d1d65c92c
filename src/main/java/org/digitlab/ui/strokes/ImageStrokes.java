package org.digitlab.ui.strokes;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a small image (e.g. an MNIST digit opened from the Evaluation view) into brush strokes,
 * so it lands on the canvas as an ordinary, editable drawing: every horizontal run of ink pixels
 * becomes one stroke as wide as a pixel is tall, so neighbouring rows overlap without gaps.
 */
public final class ImageStrokes {

    /** Pixels at least this bright count as ink; fainter ones are MNIST's anti-aliased edge. */
    static final float INK = 0.35f;
    /** Brush width relative to a pixel's size: a little more than one, so rows join. */
    static final double OVERLAP = 1.15;

    private ImageStrokes() {
    }

    /**
     * @param image side × side values 0..1, ink bright
     * @param drawingSize side of the drawing's coordinate range
     */
    public static List<Stroke> of(float[] image, double drawingSize) {
        int side = (int) Math.round(Math.sqrt(image.length));
        if (side * side != image.length) {
            throw new IllegalArgumentException("not a square image: " + image.length + " values");
        }
        double cell = drawingSize / side;
        List<Stroke> strokes = new ArrayList<>();
        for (int y = 0; y < side; y++) {
            int x = 0;
            while (x < side) {
                if (image[y * side + x] < INK) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < side && image[y * side + x] >= INK) {
                    x++;
                }
                double cy = (y + 0.5) * cell;
                strokes.add(new Stroke(List.of((start + 0.5) * cell, (x - 0.5) * cell), List.of(cy, cy),
                        cell * OVERLAP));
            }
        }
        return strokes;
    }
}
