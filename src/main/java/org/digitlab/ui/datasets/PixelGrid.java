package org.digitlab.ui.datasets;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.digitlab.data.ImageSet;

/**
 * Draws an image's intensities as a grid of numbers, as notebooks 000 and 003 print them, each
 * cell shaded by its value. One Canvas instead of 784 (or 3,136) Labels keeps it cheap.
 */
final class PixelGrid {

    /** Cell side for 28×28 images; larger images get smaller cells and a scroll bar. */
    static final double CELL = 24;
    static final double SMALL_CELL = 20;
    private static final int LARGE_SIDE = 32;
    private static final double FONT_RATIO = 0.4;
    /** Above this the shade is dark enough that the number needs light text. */
    private static final int DARK_SHADE = 128;

    private PixelGrid() {
    }

    /** Draws {@code pixels} (0..255, {@code side × side}); {@code null} clears the canvas. */
    static void draw(Canvas canvas, int[] pixels, int side) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (pixels == null) {
            canvas.setWidth(0);
            canvas.setHeight(0);
            return;
        }
        double cell = side > LARGE_SIDE ? SMALL_CELL : CELL;
        canvas.setWidth(cell * side);
        canvas.setHeight(cell * side);
        g.setFont(Font.font(Font.getDefault().getFamily(), cell * FONT_RATIO));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                drawCell(g, pixels[r * side + c], c * cell, r * cell, cell);
            }
        }
    }

    /**
     * The same grey as the thumbnails (ink dark on paper): this is the image's data, not a
     * themed colour, so it does not come from the stylesheet.
     */
    private static void drawCell(GraphicsContext g, int value, double x, double y, double cell) {
        g.setFill(Color.gray(1.0 - value / (double) ImageSet.MAX_PIXEL));
        g.fillRect(x, y, cell, cell);
        g.setFill(value > DARK_SHADE ? Color.WHITE : value == 0 ? Color.gray(0.7) : Color.BLACK);
        g.fillText(Integer.toString(value), x + cell / 2, y + cell / 2);
    }
}
