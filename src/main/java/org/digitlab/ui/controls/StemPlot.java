package org.digitlab.ui.controls;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Ten class probabilities as a stem plot, as notebook 004 draws them with {@code plt.stem}: a
 * vertical stem with a round marker per class, the classes labelled along the bottom and the
 * winning class highlighted. With no probabilities it draws only the axes and an empty-state
 * message, never stale values. Colours come from CSS ({@code -dl-stem-color},
 * {@code -dl-highlight-color}, {@code -dl-axis-color}).
 */
public final class StemPlot extends ResizableCanvasPane {

    private static final StyleablePropertyFactory<StemPlot> STYLES =
            new StyleablePropertyFactory<>(ResizableCanvasPane.getClassCssMetaData());
    private static final double MARGIN = 34;

    private final ObjectProperty<float[]> probabilities = new SimpleObjectProperty<>(this, "probabilities");
    private final ObjectProperty<List<String>> classLabels =
            new SimpleObjectProperty<>(this, "classLabels", List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
    private final ObjectProperty<String> emptyText = new SimpleObjectProperty<>(this, "emptyText", "");
    private final StyleableProperty<Paint> stemColor =
            STYLES.createStyleablePaintProperty(this, "stemColor", "-dl-stem-color", s -> s.stemColor, Color.STEELBLUE);
    private final StyleableProperty<Paint> highlightColor = STYLES.createStyleablePaintProperty(
            this, "highlightColor", "-dl-highlight-color", s -> s.highlightColor, Color.ORANGE);
    private final StyleableProperty<Paint> axisColor =
            STYLES.createStyleablePaintProperty(this, "axisColor", "-dl-axis-color", s -> s.axisColor, Color.GRAY);
    private final StyleableProperty<Number> lineWidth =
            STYLES.createStyleableNumberProperty(this, "lineWidth", "-dl-line-width", s -> s.lineWidth, 3);
    /** The smallest size of the class and tick labels: projector.css raises it so the back row reads them. */
    private final StyleableProperty<Number> labelSize =
            STYLES.createStyleableNumberProperty(this, "labelSize", "-dl-label-size", s -> s.labelSize, 11);

    private double labelFontSize;

    public StemPlot() {
        getStyleClass().add("stem-plot");
        probabilities.addListener(obs -> repaint());
        classLabels.addListener(obs -> repaint());
        emptyText.addListener(obs -> repaint());
        ((ObservableValue<?>) stemColor).addListener(obs -> repaint());
        ((ObservableValue<?>) highlightColor).addListener(obs -> repaint());
        ((ObservableValue<?>) lineWidth).addListener(obs -> repaint());
        ((ObservableValue<?>) labelSize).addListener(obs -> repaint());
    }

    public ObjectProperty<float[]> probabilitiesProperty() {
        return probabilities;
    }

    public ObjectProperty<List<String>> classLabelsProperty() {
        return classLabels;
    }

    public ObjectProperty<String> emptyTextProperty() {
        return emptyText;
    }

    /** The size the class labels were last drawn at, in pixels (0 before the first paint). */
    public double labelFontSize() {
        return labelFontSize;
    }

    /** The class drawn highlighted, or -1 when there is none. */
    public int highlighted() {
        float[] p = probabilities.get();
        if (p == null || p.length == 0) {
            return -1;
        }
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }

    @Override
    protected void paint(GraphicsContext g, double width, double height) {
        List<String> labels = classLabels.get();
        int classes = labels.size();
        double plotBottom = height - MARGIN;
        double plotTop = MARGIN / 2;
        double step = (width - 2 * MARGIN) / classes;
        double smallest = labelSize.getValue().doubleValue();
        double font = Math.max(smallest, Math.min(Math.max(22, smallest), step * 0.4));
        labelFontSize = font;
        g.setFont(Font.font(font));
        g.setStroke(axisColor.getValue());
        g.setFill(axisColor.getValue());
        g.setLineWidth(1);
        g.strokeLine(MARGIN, plotBottom, width - MARGIN, plotBottom);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double tick : new double[] {0, 0.5, 1}) {
            double y = plotBottom - tick * (plotBottom - plotTop);
            g.fillText(tick == 0.5 ? ".5" : String.valueOf((int) tick), MARGIN - 6, y);
            g.strokeLine(MARGIN - 3, y, MARGIN, y);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int c = 0; c < classes; c++) {
            g.fillText(labels.get(c), MARGIN + (c + 0.5) * step, plotBottom + 6);
        }
        float[] p = probabilities.get();
        if (p == null) {
            g.setTextBaseline(VPos.CENTER);
            g.fillText(emptyText.get(), width / 2, (plotTop + plotBottom) / 2);
            return;
        }
        int best = highlighted();
        double marker = Math.max(6, Math.min(14, step * 0.25));
        for (int c = 0; c < Math.min(classes, p.length); c++) {
            double x = MARGIN + (c + 0.5) * step;
            double y = plotBottom - p[c] * (plotBottom - plotTop);
            Paint paint = c == best ? highlightColor.getValue() : stemColor.getValue();
            g.setStroke(paint);
            g.setFill(paint);
            g.setLineWidth(lineWidth.getValue().doubleValue() * (c == best ? 1.5 : 1));
            g.strokeLine(x, plotBottom, x, y);
            double size = c == best ? marker * 1.4 : marker;
            g.fillOval(x - size / 2, y - size / 2, size, size);
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
