package org.digitlab.ui.datasets;

import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import org.digitlab.data.DatasetInfo;

/** The class-balance chart: one bar per class with its number of images in the chosen split. */
final class ClassBalance {

    private ClassBalance() {
    }

    /** Replaces the bars; called once per dataset or split change, never per frame. */
    static void show(BarChart<String, Number> chart, int[] counts, DatasetInfo info) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (int c = 0; counts != null && c < counts.length; c++) {
            String name = info != null && c < info.numClasses() ? info.classNames().get(c) : Integer.toString(c);
            series.getData().add(new XYChart.Data<>(name, counts[c]));
        }
        chart.getData().setAll(java.util.List.of(series));
    }
}
