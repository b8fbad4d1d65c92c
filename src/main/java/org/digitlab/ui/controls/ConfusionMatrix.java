package org.digitlab.ui.controls;

import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.PseudoClass;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.GridPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * A confusion matrix as a heat map with counts: row = the true class, column = the class the
 * model chose. Right answers sit on the diagonal, tinted {@code -dl-correct-color} by the share of
 * their row; mistakes are tinted {@code -dl-mistake-color} by their size relative to the biggest
 * mistake, so a class's favourite confusion stands out. Every cell is a label with the id
 * {@code cell-ROW-COLUMN}; clicking one calls {@link #setOnCellClicked}.
 */
public final class ConfusionMatrix extends GridPane {

    private static final StyleablePropertyFactory<ConfusionMatrix> STYLES =
            new StyleablePropertyFactory<>(GridPane.getClassCssMetaData());
    private static final PseudoClass DIAGONAL = PseudoClass.getPseudoClass("diagonal");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass STRONG = PseudoClass.getPseudoClass("strong");
    /** Tinted deep enough for light text: from here on the accent blue under white reads at 3:1 or more. */
    private static final PseudoClass DEEP = PseudoClass.getPseudoClass("deep");
    /** Four digits or more (the diagonal of the training split): projector.css makes them smaller to fit. */
    private static final PseudoClass WIDE = PseudoClass.getPseudoClass("wide");
    private static final int WIDE_COUNT = 1000;
    /** Above this tint a cell's count is drawn in the strong (light) text colour. */
    private static final double STRONG_TINT = 0.55;
    /** White on the accent blue at 0.667 was 2.9:1 (16 of 24 right); at 0.75 it is 3.4:1. */
    private static final double DEEP_TINT = 0.75;

    private final ObjectProperty<int[][]> counts = new SimpleObjectProperty<>(this, "counts");
    private final ObjectProperty<List<String>> classLabels = new SimpleObjectProperty<>(this, "classLabels");
    private final ObjectProperty<int[]> selectedCell = new SimpleObjectProperty<>(this, "selectedCell");
    private final StyleableProperty<Paint> correctColor = STYLES.createStyleablePaintProperty(
            this, "correctColor", "-dl-correct-color", s -> s.correctColor, Color.web("#0072b2"));
    private final StyleableProperty<Paint> mistakeColor = STYLES.createStyleablePaintProperty(
            this, "mistakeColor", "-dl-mistake-color", s -> s.mistakeColor, Color.web("#d55e00"));
    private BiConsumer<Integer, Integer> onCellClicked = (row, column) -> { };

    public ConfusionMatrix() {
        getStyleClass().add("confusion-matrix");
        counts.addListener(obs -> rebuild());
        classLabels.addListener(obs -> rebuild());
        selectedCell.addListener(obs -> rebuild());
        ((ObservableValue<?>) correctColor).addListener(obs -> rebuild());
        ((ObservableValue<?>) mistakeColor).addListener(obs -> rebuild());
        rebuild();
    }

    /** counts[true class][predicted class]; null shows an empty matrix. */
    public ObjectProperty<int[][]> countsProperty() {
        return counts;
    }

    public ObjectProperty<List<String>> classLabelsProperty() {
        return classLabels;
    }

    /** {row, column} of the highlighted cell, or null. */
    public ObjectProperty<int[]> selectedCellProperty() {
        return selectedCell;
    }

    public void setOnCellClicked(BiConsumer<Integer, Integer> handler) {
        onCellClicked = handler;
    }

    private void rebuild() {
        getChildren().clear();
        int[][] matrix = counts.get();
        if (matrix == null) {
            Label empty = new Label("Evaluate a model to see which digits it mixes up.");
            empty.getStyleClass().add("muted");
            empty.setWrapText(true);
            add(empty, 0, 0);
            return;
        }
        int n = matrix.length;
        Label corner = new Label("");
        corner.getStyleClass().add("matrix-corner");
        add(corner, 0, 0);
        for (int c = 0; c < n; c++) {
            add(header(label(c), "Column " + label(c) + ": the images the model called " + label(c) + "."), c + 1, 0);
        }
        int biggestMistake = biggestMistake(matrix);
        for (int r = 0; r < n; r++) {
            add(header(label(r), "Row " + label(r) + ": the images that really are " + label(r) + "."), 0, r + 1);
            int rowTotal = 0;
            for (int count : matrix[r]) {
                rowTotal += count;
            }
            for (int c = 0; c < n; c++) {
                add(cell(r, c, matrix[r][c], rowTotal, biggestMistake), c + 1, r + 1);
            }
        }
    }

    private Label cell(int r, int c, int count, int rowTotal, int biggestMistake) {
        Label cell = new Label(String.valueOf(count));
        cell.setId("cell-" + r + "-" + c);
        cell.getStyleClass().add("matrix-cell");
        double tint = r == c ? (rowTotal == 0 ? 0 : (double) count / rowTotal)
                : (biggestMistake == 0 ? 0 : Math.sqrt((double) count / biggestMistake));
        Color base = (Color) (r == c ? correctColor.getValue() : mistakeColor.getValue());
        cell.setBackground(new Background(new BackgroundFill(
                Color.color(base.getRed(), base.getGreen(), base.getBlue(), tint), null, null)));
        cell.pseudoClassStateChanged(DIAGONAL, r == c);
        cell.pseudoClassStateChanged(STRONG, tint > STRONG_TINT);
        cell.pseudoClassStateChanged(DEEP, tint >= DEEP_TINT);
        cell.pseudoClassStateChanged(WIDE, count >= WIDE_COUNT);
        int[] selected = selectedCell.get();
        cell.pseudoClassStateChanged(SELECTED, selected != null && selected[0] == r && selected[1] == c);
        String share = rowTotal == 0 ? "" : String.format(Locale.ROOT, " (%.1f%% of the %s)",
                100.0 * count / rowTotal, label(r) + "s");
        cell.setTooltip(new Tooltip(count + " images of " + label(r) + " were called " + label(c) + share
                + ". Click to see them."));
        cell.setOnMouseClicked(e -> onCellClicked.accept(r, c));
        GridPane.setHalignment(cell, HPos.CENTER);
        return cell;
    }

    private static int biggestMistake(int[][] matrix) {
        int biggest = 0;
        for (int r = 0; r < matrix.length; r++) {
            for (int c = 0; c < matrix[r].length; c++) {
                if (r != c) {
                    biggest = Math.max(biggest, matrix[r][c]);
                }
            }
        }
        return biggest;
    }

    private static Label header(String text, String tooltip) {
        Label label = new Label(text);
        label.getStyleClass().add("matrix-header");
        label.setTooltip(new Tooltip(tooltip));
        GridPane.setHalignment(label, HPos.CENTER);
        return label;
    }

    private String label(int c) {
        List<String> labels = classLabels.get();
        return labels != null && c < labels.size() ? labels.get(c) : String.valueOf(c);
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return STYLES.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }
}
