package org.digitlab.ui.strokes;

import java.util.List;

/**
 * The box around a drawing's ink strokes (eraser strokes left out), in drawing units: how big the
 * drawing is, for thinning the pen of a small drawing and for telling the student to draw bigger.
 *
 * @param minX left of the centre lines
 * @param minY top of the centre lines
 * @param maxX right of the centre lines
 * @param maxY bottom of the centre lines
 * @param pen the widest ink stroke's width
 */
public record StrokeBounds(double minX, double minY, double maxX, double maxY, double pen) {

    static final StrokeBounds NONE = new StrokeBounds(0, 0, 0, 0, 0);

    public static StrokeBounds of(List<Stroke> strokes) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        double pen = 0;
        for (Stroke stroke : strokes) {
            if (stroke.eraser()) {
                continue;
            }
            pen = Math.max(pen, stroke.width());
            for (int i = 0; i < stroke.size(); i++) {
                minX = Math.min(minX, stroke.xs().get(i));
                maxX = Math.max(maxX, stroke.xs().get(i));
                minY = Math.min(minY, stroke.ys().get(i));
                maxY = Math.max(maxY, stroke.ys().get(i));
            }
        }
        return pen == 0 ? NONE : new StrokeBounds(minX, minY, maxX, maxY, pen);
    }

    public boolean isEmpty() {
        return pen == 0;
    }

    /** The longer side of the box around the strokes' centre lines. */
    double centreLineExtent() {
        return Math.max(maxX - minX, maxY - minY);
    }

    /** The longer side of the ink as drawn on screen, the pen included. */
    public double inkExtent() {
        return isEmpty() ? 0 : centreLineExtent() + pen;
    }
}
