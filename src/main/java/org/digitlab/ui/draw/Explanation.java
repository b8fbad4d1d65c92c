package org.digitlab.ui.draw;

import java.util.List;
import org.digitlab.inference.CanvasProjection;
import org.digitlab.inference.DigitCheck;
import org.digitlab.inference.SaliencyMap;

/**
 * What the Draw view's "Why?" card shows for one drawing.
 *
 * @param map the saliency map of the chosen class and kind
 * @param input the model's input the map explains
 * @param projection where the input lies on the raster of the drawing
 * @param rasterSize side of that raster, in pixels
 * @param check the answer, its nearest training images and the verdict
 * @param nearestImages the nearest training images' pixels (values 0..1), in the order of
 *     {@code check.nearest()}
 */
public record Explanation(SaliencyMap map, float[] input, CanvasProjection projection, int rasterSize,
        DigitCheck check, List<float[]> nearestImages) {
}
