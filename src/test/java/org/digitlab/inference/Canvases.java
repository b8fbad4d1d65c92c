package org.digitlab.inference;

import org.digitlab.data.ImageSet;

/** Test canvases: shapes drawn as a mouse would, and MNIST digits redrawn on a big canvas. */
final class Canvases {

    static final float WHITE = GrayImage.WHITE;

    private Canvases() {
    }

    static GrayImage white(int w, int h) {
        return GrayImage.blank(w, h);
    }

    /** Paints a filled disc of ink (black) on the canvas: a dab of a round brush. */
    static void dab(GrayImage canvas, double cx, double cy, double radius) {
        int x0 = (int) Math.max(0, Math.floor(cx - radius));
        int x1 = (int) Math.min(canvas.width() - 1, Math.ceil(cx + radius));
        int y0 = (int) Math.max(0, Math.floor(cy - radius));
        int y1 = (int) Math.min(canvas.height() - 1, Math.ceil(cy + radius));
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= radius * radius) {
                    canvas.values()[y * canvas.width() + x] = 0f;
                }
            }
        }
    }

    /** A straight stroke of a round brush from (x0, y0) to (x1, y1). */
    static void line(GrayImage canvas, double x0, double y0, double x1, double y1, double radius) {
        double length = Math.hypot(x1 - x0, y1 - y0);
        int steps = Math.max(1, (int) Math.ceil(length / Math.max(0.5, radius / 2)));
        for (int i = 0; i <= steps; i++) {
            double t = (double) i / steps;
            dab(canvas, x0 + t * (x1 - x0), y0 + t * (y1 - y0), radius);
        }
    }

    /**
     * Redraws MNIST image {@code index} the way a student with a mouse would: every pixel with ink
     * becomes a dab of a round brush of the given radius on a big white canvas, scaled and shifted
     * off-centre; the anti-aliased edges of MNIST are gone, strokes are hard-edged.
     *
     * @param scale canvas pixels per MNIST pixel
     */
    static GrayImage drawnMnist(ImageSet set, int index, int canvasSize, double scale, double brushRadius,
            int offsetX, int offsetY) {
        GrayImage canvas = white(canvasSize, canvasSize);
        for (int r = 0; r < set.rows(); r++) {
            for (int c = 0; c < set.cols(); c++) {
                if (set.pixel(index, r, c) > 127) {
                    dab(canvas, offsetX + (c + 0.5) * scale, offsetY + (r + 0.5) * scale, brushRadius);
                }
            }
        }
        return canvas;
    }

    /** Swaps dark and light: chalk on a blackboard. */
    static GrayImage inverted(GrayImage canvas) {
        float[] values = canvas.values().clone();
        for (int i = 0; i < values.length; i++) {
            values[i] = WHITE - values[i];
        }
        return new GrayImage(canvas.width(), canvas.height(), values);
    }
}
