package org.digitlab.ui.training;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.digitlab.model.EpochMetrics;
import org.digitlab.ui.controls.FontScaledColumns;

/** The Training view's table of epochs: Keras' figures per epoch, with the time and speed. */
final class EpochTable {

    private EpochTable() {
    }

    /** Shows {@code epochs} in {@code table}, one column per Keras figure, the newest row kept in sight. */
    static void install(TableView<EpochMetrics> table, ObservableList<EpochMetrics> epochs) {
        table.setItems(epochs);
        table.getColumns().setAll(List.of(
                column("epoch", "The pass over the training set.", e -> e.epoch(), "%.0f", 52),
                column("loss", "Mean training loss over the epoch: how wrong the network was on training images.",
                        EpochMetrics::trainLoss, "%.4f", 60),
                column("acc", "Share of training images classified right during the epoch.",
                        EpochMetrics::trainAccuracy, "%.4f", 60),
                column("val_loss", "Loss on the validation images, which the network does not train on.",
                        EpochMetrics::valLoss, "%.4f", 70),
                column("val_acc", "Share of validation images classified right after the epoch.",
                        EpochMetrics::valAccuracy, "%.4f", 66),
                column("time", "Seconds the epoch's training took.", EpochMetrics::seconds, "%.1f s", 66),
                column("ex/s", "Training images per second during the epoch.", EpochMetrics::examplesPerSecond,
                        "%,.0f", 62)));
        // Columns as wide as their figures at the table's font; at a projector's size the table scrolls sideways.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        FontScaledColumns.install(table, (Labeled) table.getColumns().get(0).getGraphic());
        // The newest epoch stays in sight, once the table has taken in the new row.
        epochs.addListener((ListChangeListener<EpochMetrics>) change -> Platform.runLater(() -> {
            if (!table.getItems().isEmpty()) {
                table.scrollTo(table.getItems().size() - 1);
            }
        }));
    }

    private static TableColumn<EpochMetrics, String> column(String title, String tip,
            ToDoubleFunction<EpochMetrics> value, String format, double width) {
        TableColumn<EpochMetrics, String> column = new TableColumn<>();
        column.setPrefWidth(width);
        Label header = new Label(title);
        header.setTooltip(new Tooltip(tip));
        column.setGraphic(header);
        column.setSortable(false);
        column.setCellValueFactory(d -> {
            double v = value.applyAsDouble(d.getValue());
            return new ReadOnlyObjectWrapper<>(Double.isNaN(v) ? "–" : String.format(Locale.ROOT, format, v));
        });
        return column;
    }
}
