package org.digitlab.inference;

/**
 * The model's input laid back on the canvas: input pixel {@code (x, y)} covers the canvas
 * rectangle at {@code (originX + x · cellWidth, originY + y · cellHeight)}, in canvas pixels.
 *
 * @param originX canvas column of the input's left edge (may be negative: the field is larger
 *     than the ink)
 * @param originY canvas row of the input's top edge
 * @param cellWidth canvas pixels per input pixel, across
 * @param cellHeight canvas pixels per input pixel, down
 */
public record CanvasProjection(double originX, double originY, double cellWidth, double cellHeight) {
}
