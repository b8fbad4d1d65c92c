package org.digitlab.ui.controls;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.digitlab.ui.strokes.Stroke;

/**
 * A square drawing surface showing a list of strokes (in the drawing's own coordinates, scaled to
 * the canvas) and reporting the user's strokes. Mouse, pen and touch all arrive as mouse events
 * (JavaFX synthesises them for touch screens and tablets), so one code path serves all three.
 * The right button rubs out; eraser strokes are painted in the paper's colour.
 */
public final class DrawingCanvas extends ResizableCanvasPane {

    private final ObjectProperty<ObservableList<Stroke>> strokes = new SimpleObjectProperty<>(this, "strokes");
    private final ListChangeListener<Stroke> onChange = change -> repaint();
    private double drawingSize = 400;
    private BiConsumer<Double, Double> onBegin = (x, y) -> { };
    private BiConsumer<Double, Double> onExtend = (x, y) -> { };
    private BiConsumer<Double, Double> onErase = (x, y) -> { };

    public DrawingCanvas() {
        getStyleClass().add("drawing-canvas");
        strokes.addListener((obs, old, now) -> {
            if (old != null) {
                old.removeListener(onChange);
            }
            if (now != null) {
                now.addListener(onChange);
            }
            repaint();
        });
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                requestFocus();
                onBegin.accept(toDrawingX(e.getX()), toDrawingY(e.getY()));
            } else if (e.getButton() == MouseButton.SECONDARY) {
                requestFocus();
                onErase.accept(toDrawingX(e.getX()), toDrawingY(e.getY()));
            }
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (e.isPrimaryButtonDown() || e.isSecondaryButtonDown()) {
                onExtend.accept(toDrawingX(e.getX()), toDrawingY(e.getY()));
            }
        });
    }

    public ObjectProperty<ObservableList<Stroke>> strokesProperty() {
        return strokes;
    }

    /** The drawing's coordinate range (both axes), mapped onto the canvas. */
    public void setDrawingSize(double size) {
        this.drawingSize = size;
        repaint();
    }

    /** Called with the drawing coordinates where a stroke starts and where it goes. */
    public void setOnStroke(BiConsumer<Double, Double> begin, BiConsumer<Double, Double> extend) {
        this.onBegin = begin;
        this.onExtend = extend;
    }

    /** Called with the drawing coordinates where an eraser stroke (right button) starts. */
    public void setOnErase(BiConsumer<Double, Double> begin) {
        this.onErase = begin;
    }

    private double scale() {
        return Math.min(getWidth(), getHeight()) / drawingSize;
    }

    private double toDrawingX(double x) {
        return clamp((x - originX()) / scale());
    }

    private double toDrawingY(double y) {
        return clamp((y - originY()) / scale());
    }

    private double clamp(double v) {
        return Math.max(0, Math.min(drawingSize, v));
    }

    private double originX() {
        return (getWidth() - drawingSize * scale()) / 2;
    }

    private double originY() {
        return (getHeight() - drawingSize * scale()) / 2;
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        double s = scale();
        double ox = originX();
        double oy = originY();
        g.setFill(Color.WHITE);
        g.fillRect(ox, oy, drawingSize * s, drawingSize * s);
        ObservableList<Stroke> list = strokes.get();
        if (list == null) {
            return;
        }
        // Ink stays on the paper: outside it, in the dark look, it would be black on navy.
        g.save();
        g.beginPath();
        g.rect(ox, oy, drawingSize * s, drawingSize * s);
        g.clip();
        g.setStroke(Color.BLACK);
        g.setFill(Color.BLACK);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        for (Stroke stroke : List.copyOf(list)) {
            // The eraser paints paper over the strokes before it.
            Color paint = stroke.eraser() ? Color.WHITE : Color.BLACK;
            g.setStroke(paint);
            g.setFill(paint);
            g.setLineWidth(stroke.width() * s);
            if (stroke.size() == 1) {
                double r = stroke.width() * s / 2;
                g.fillOval(ox + stroke.xs().get(0) * s - r, oy + stroke.ys().get(0) * s - r, 2 * r, 2 * r);
                continue;
            }
            g.beginPath();
            g.moveTo(ox + stroke.xs().get(0) * s, oy + stroke.ys().get(0) * s);
            for (int i = 1; i < stroke.size(); i++) {
                g.lineTo(ox + stroke.xs().get(i) * s, oy + stroke.ys().get(i) * s);
            }
            g.stroke();
        }
        g.restore();
    }
}
