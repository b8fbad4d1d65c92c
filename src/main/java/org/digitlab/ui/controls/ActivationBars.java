package org.digitlab.ui.controls;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * A layer's activations as bars, one per unit, scaled to the strongest: which hidden units the
 * drawing switches on ({@code -dl-bar-color} styles the bars).
 */
public final class ActivationBars extends ResizableCanvasPane {

    private static final StyleablePropertyFactory<ActivationBars> STYLES =
            new StyleablePropertyFactory<>(ResizableCanvasPane.getClassCssMetaData());

    private final ObjectProperty<float[]> values = new SimpleObjectProperty<>(this, "values");
    private final StyleableProperty<Paint> barColor = STYLES.createStyleablePaintProperty(
            this, "barColor", "-dl-bar-color", s -> s.barColor, Color.web("#0072b2"));

    public ActivationBars() {
        getStyleClass().add("activation-bars");
        values.addListener(obs -> repaint());
        ((ObservableValue<?>) barColor).addListener(obs -> repaint());
    }

    public ObjectProperty<float[]> valuesProperty() {
        return values;
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        float[] v = values.get();
        if (v == null || v.length == 0) {
            return;
        }
        float max = 0;
        for (float x : v) {
            max = Math.max(max, Math.abs(x));
        }
        double bar = width / v.length;
        g.setFill(barColor.getValue());
        for (int i = 0; i < v.length; i++) {
            double h = max == 0 ? 0 : Math.abs(v[i]) / max * height;
            g.fillRect(i * bar, height - h, Math.max(1, bar - (bar > 3 ? 1 : 0)), h);
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
