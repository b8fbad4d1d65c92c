package org.digitlab.ui.controls;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/** A region holding a canvas that follows its size and repaints itself when resized. */
public abstract class ResizableCanvasPane extends Region {

    private final Canvas canvas = new Canvas();

    protected ResizableCanvasPane() {
        getChildren().add(canvas);
        widthProperty().addListener(obs -> repaint());
        heightProperty().addListener(obs -> repaint());
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth() - snappedLeftInset() - snappedRightInset());
        double h = snapSizeY(getHeight() - snappedTopInset() - snappedBottomInset());
        canvas.relocate(snappedLeftInset(), snappedTopInset());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(Math.max(0, w));
            canvas.setHeight(Math.max(0, h));
            repaint();
        }
    }

    protected Canvas canvas() {
        return canvas;
    }

    /** Draws everything again; cheap enough for every change. */
    public final void repaint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            paint(g, canvas.getWidth(), canvas.getHeight());
        }
    }

    protected abstract void paint(GraphicsContext g, double width, double height);
}
