package org.digitlab.ui.controls;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * A small grey image (values 0..1, e.g. the 28×28 input of a model) enlarged so every pixel is a
 * visible square, with a faint grid between them: students see exactly what the network sees.
 * Ink is drawn dark on light, as on the canvas ({@code -dl-grid-color} styles the grid).
 */
public final class PixelView extends ResizableCanvasPane {

    private static final StyleablePropertyFactory<PixelView> STYLES =
            new StyleablePropertyFactory<>(ResizableCanvasPane.getClassCssMetaData());

    private final ObjectProperty<float[]> pixels = new SimpleObjectProperty<>(this, "pixels");
    private final IntegerProperty side = new SimpleIntegerProperty(this, "side", 28);
    private final StyleableProperty<Paint> gridColor =
            STYLES.createStyleablePaintProperty(this, "gridColor", "-dl-grid-color", s -> s.gridColor,
                    Color.rgb(200, 200, 210));

    public PixelView() {
        getStyleClass().add("pixel-view");
        pixels.addListener(obs -> repaint());
        side.addListener(obs -> repaint());
        ((ObservableValue<?>) gridColor).addListener(obs -> repaint());
    }

    public ObjectProperty<float[]> pixelsProperty() {
        return pixels;
    }

    public IntegerProperty sideProperty() {
        return side;
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        int n = side.get();
        double cell = Math.floor(Math.min(width, height) / n);
        double x0 = Math.floor((width - cell * n) / 2);
        double y0 = Math.floor((height - cell * n) / 2);
        float[] values = pixels.get();
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                double v = values == null || values.length != n * n ? 0 : values[r * n + c];
                g.setFill(Color.gray(1 - Math.max(0, Math.min(1, v))));
                g.fillRect(x0 + c * cell, y0 + r * cell, cell, cell);
            }
        }
        if (cell >= 4) {
            g.setStroke(gridColor.getValue());
            g.setLineWidth(1);
            for (int i = 0; i <= n; i++) {
                g.strokeLine(x0 + i * cell + 0.5, y0, x0 + i * cell + 0.5, y0 + n * cell);
                g.strokeLine(x0, y0 + i * cell + 0.5, x0 + n * cell, y0 + i * cell + 0.5);
            }
        }
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return STYLES.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }
}
