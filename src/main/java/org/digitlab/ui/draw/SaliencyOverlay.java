package org.digitlab.ui.draw;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.digitlab.inference.CanvasProjection;
import org.digitlab.inference.SaliencyPictures;
import org.digitlab.ui.controls.ResizableCanvasPane;
import org.digitlab.ui.strokes.Stroke;

/**
 * A saliency map laid over the drawing canvas: each of the model's input pixels painted, in the
 * map's colours, over the part of the drawing it came from. Sits on the {@code DrawingCanvas} in
 * the same square and ignores the mouse.
 */
public final class SaliencyOverlay extends ResizableCanvasPane {

    private Explanation explanation;
    private Image image;

    public SaliencyOverlay() {
        getStyleClass().add("saliency-overlay");
        setMouseTransparent(true);
    }

    /** Shows this explanation's map, or nothing. */
    public void show(Explanation newExplanation) {
        explanation = newExplanation;
        image = newExplanation == null ? null : image(SaliencyPictures.overlay(newExplanation.map()),
                newExplanation.map().size());
        repaint();
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        g.clearRect(0, 0, width, height);
        if (image == null) {
            return;
        }
        // the same square as the drawing canvas: Stroke.SIZE drawing units, centred
        double scale = Math.min(width, height) / Stroke.SIZE;
        double originX = (width - Stroke.SIZE * scale) / 2;
        double originY = (height - Stroke.SIZE * scale) / 2;
        double perRaster = Stroke.SIZE / explanation.rasterSize() * scale;
        CanvasProjection p = explanation.projection();
        int size = explanation.map().size();
        g.save();
        g.beginPath();
        g.rect(originX, originY, Stroke.SIZE * scale, Stroke.SIZE * scale);
        g.clip();
        g.setImageSmoothing(false);
        g.drawImage(image, originX + p.originX() * perRaster, originY + p.originY() * perRaster,
                size * p.cellWidth() * perRaster, size * p.cellHeight() * perRaster);
        g.restore();
    }

    /** ARGB pixels as an image. */
    static Image image(int[] argb, int side) {
        WritableImage image = new WritableImage(side, side);
        image.getPixelWriter().setPixels(0, 0, side, side, PixelFormat.getIntArgbInstance(), argb, 0, side);
        return image;
    }

    /** A training image as MNIST shows it: white ink on black. */
    static Image grey(float[] values, int side) {
        int[] argb = new int[values.length];
        for (int i = 0; i < argb.length; i++) {
            int v = Math.round(255 * Math.max(0f, Math.min(1f, values[i])));
            argb[i] = 0xFF000000 | v << 16 | v << 8 | v;
        }
        return image(argb, side);
    }
}
