package org.digitlab.ui.draw;

import java.util.List;
import org.digitlab.inference.GrayImage;

/**
 * Renders strokes to a grey image (black ink on white) off the FX thread, so the prediction never
 * needs a snapshot of the canvas: each stroke is a chain of round-brush segments, as on screen.
 */
final class StrokeRasterizer {

    private StrokeRasterizer() {
    }

    /** @param resolution pixels per side of the rendered image */
    static GrayImage render(List<Stroke> strokes, double drawingSize, int resolution) {
        GrayImage image = GrayImage.blank(resolution, resolution);
        double scale = resolution / drawingSize;
        for (Stroke stroke : strokes) {
            double radius = Math.max(0.5, stroke.width() * scale / 2);
            for (int i = 0; i < stroke.size(); i++) {
                double x = stroke.xs().get(i) * scale;
                double y = stroke.ys().get(i) * scale;
                if (i == 0) {
                    disc(image, x, y, radius);
                } else {
                    segment(image, stroke.xs().get(i - 1) * scale, stroke.ys().get(i - 1) * scale, x, y, radius);
                }
            }
        }
        return image;
    }

    /** Pixels within {@code radius} of the segment become ink. */
    private static void segment(GrayImage image, double x0, double y0, double x1, double y1, double radius) {
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
                    image.values()[py * image.width() + px] = 0f;
                }
            }
        }
    }

    private static void disc(GrayImage image, double x, double y, double radius) {
        segment(image, x, y, x, y, radius);
    }
}
