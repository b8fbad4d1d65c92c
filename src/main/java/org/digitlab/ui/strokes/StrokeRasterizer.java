package org.digitlab.ui.strokes;

import java.util.List;
import org.digitlab.inference.GrayImage;

/**
 * Renders strokes to a grey image (black ink on white) off the FX thread, so the prediction never
 * needs a snapshot of the canvas: each stroke is a chain of round-brush segments, as on screen,
 * and eraser strokes paint paper over what came before.
 *
 * <p>The pen is made no thicker than {@link #MAX_PEN_FRACTION} of the drawing's size. MNIST's
 * preprocessing scales the ink's box up to 20 pixels, pen and all: a digit drawn small with the
 * default brush becomes strokes half as thick as the digit is tall, a blob no MNIST digit looks
 * like (a small 3 read as "8", a small 4 as "0"). Thinned to MNIST's proportion it reads as it
 * would drawn big. A drawing of normal size keeps its pen.
 */
public final class StrokeRasterizer {

    /** Pixels per side the strokes are rendered at for the model: plenty for a 20-pixel digit. */
    public static final int RASTER = 200;

    /**
     * The thickest pen, relative to the longer side of the strokes' centre lines: MNIST's pens are
     * 2–3.5 pixels in a 20-pixel box; 0.18 of the centre lines is 0.15 of the box, pen included.
     */
    static final double MAX_PEN_FRACTION = 0.18;

    private StrokeRasterizer() {
    }

    /** The strokes as the grey image preprocessing starts from (black ink on white); any thread. */
    public static GrayImage raster(List<Stroke> strokes) {
        return render(strokes, Stroke.SIZE, RASTER);
    }

    /** @param resolution pixels per side of the rendered image */
    static GrayImage render(List<Stroke> strokes, double drawingSize, int resolution) {
        GrayImage image = GrayImage.blank(resolution, resolution);
        double scale = resolution / drawingSize;
        double thickest = thickestPen(strokes);
        for (Stroke stroke : strokes) {
            double width = stroke.eraser() ? stroke.width() : Math.min(stroke.width(), thickest);
            double radius = Math.max(0.5, width * scale / 2);
            float paint = stroke.eraser() ? GrayImage.WHITE : 0f;
            for (int i = 0; i < stroke.size(); i++) {
                double x = stroke.xs().get(i) * scale;
                double y = stroke.ys().get(i) * scale;
                double fromX = i == 0 ? x : stroke.xs().get(i - 1) * scale;
                double fromY = i == 0 ? y : stroke.ys().get(i - 1) * scale;
                segment(image, fromX, fromY, x, y, radius, paint);
            }
        }
        return image;
    }

    /** The widest pen the drawing's ink keeps, in drawing units; unlimited for a lone dot. */
    static double thickestPen(List<Stroke> strokes) {
        double extent = StrokeBounds.of(strokes).centreLineExtent();
        return extent > 0 ? MAX_PEN_FRACTION * extent : Double.MAX_VALUE;
    }

    /** Pixels within {@code radius} of the segment take the paint (ink or paper). */
    private static void segment(GrayImage image, double x0, double y0, double x1, double y1, double radius,
            float paint) {
        int minX = (int) Math.max(0, Math.floor(Math.min(x0, x1) - radius));
        int maxX = (int) Math.min(image.width() - 1, Math.ceil(Math.max(x0, x1) + radius));
        int minY = (int) Math.max(0, Math.floor(Math.min(y0, y1) - radius));
        int maxY = (int) Math.min(image.height() - 1, Math.ceil(Math.max(y0, y1) + radius));
        double dx = x1 - x0;
        double dy = y1 - y0;
        double lengthSquared = dx * dx + dy * dy;
        for (int py = minY; py <= maxY; py++) {
            for (int px = minX; px <= maxX; px++) {
                double cx = px + 0.5;
                double cy = py + 0.5;
                double t = lengthSquared == 0 ? 0
                        : Math.max(0, Math.min(1, ((cx - x0) * dx + (cy - y0) * dy) / lengthSquared));
                double ex = cx - (x0 + t * dx);
                double ey = cy - (y0 + t * dy);
                if (ex * ex + ey * ey <= radius * radius) {
                    image.values()[py * image.width() + px] = paint;
                }
            }
        }
    }
}
