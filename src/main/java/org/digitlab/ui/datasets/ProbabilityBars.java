package org.digitlab.ui.datasets;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;

/** Fills a pane with one row per class (name, bar, percentage); the most probable row stands out. */
final class ProbabilityBars {

    static final String ROW_CLASS = "probability-row";
    static final String TOP_CLASS = "top";

    private ProbabilityBars() {
    }

    /** {@code probabilities == null}: a one-line explanation instead of bars. */
    static void show(Pane pane, float[] probabilities, List<String> classNames, String whyNone) {
        pane.getChildren().clear();
        if (probabilities == null) {
            Label none = new Label(whyNone);
            none.getStyleClass().add("muted");
            none.setWrapText(true);
            pane.getChildren().add(none);
            return;
        }
        int top = org.digitlab.inference.Prediction.of(probabilities).digit();
        for (int c = 0; c < probabilities.length; c++) {
            pane.getChildren().add(row(name(classNames, c), probabilities[c], c == top));
        }
    }

    private static HBox row(String name, float probability, boolean top) {
        Label label = new Label(name);
        label.getStyleClass().add("probability-name");
        ProgressBar bar = new ProgressBar(probability);
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label value = new Label(String.format(Locale.ROOT, "%.1f%%", 100 * probability));
        value.getStyleClass().add("probability-value");
        HBox row = new HBox(label, bar, value);
        row.getStyleClass().add(ROW_CLASS);
        if (top) {
            row.getStyleClass().add(TOP_CLASS);
        }
        return row;
    }

    private static String name(List<String> classNames, int c) {
        return c < classNames.size() ? classNames.get(c) : Integer.toString(c);
    }
}
