package org.digitlab.ui.architecture;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.converter.DefaultStringConverter;
import org.digitlab.model.Activation;
import org.digitlab.model.LayerProblem;
import org.digitlab.model.LayerSpec;
import org.digitlab.model.ModelSummary;
import org.digitlab.model.Padding;
import org.digitlab.model.SummaryRow;
import org.digitlab.ui.controls.FontScaledColumns;

/**
 * Builds the layer table's columns: the type, the summary's output shape and parameters, one
 * editable column per {@link LayerField} (blank and locked where the layer has no such field),
 * and the problem, if any. A row with a problem gets the {@code :problem} pseudo-class.
 */
final class LayerTableColumns {

    static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");
    private static final PseudoClass EMPTY_FIELD = PseudoClass.getPseudoClass("empty-field");
    /*
     * Widths at 14 px, scaled with the font. #, Type, Output shape and Params together fit the
     * middle column in projector mode at 1280 pixels, so every layer's count is in sight without
     * scrolling: "(None, 28, 28, 32)", "MaxPooling2D" and "1,199,882" still fit whole.
     */
    private static final double PROBLEM_WIDTH = 320;
    private static final double TYPE_WIDTH = 120;
    private static final double INDEX_WIDTH = 28;
    private static final double SHAPE_WIDTH = 150;
    private static final double PARAMS_WIDTH = 85;

    private static final String[] FIELD_TIPS = {
        "Units: how many neurons a Dense layer has; filters: how many patterns a convolution looks for.",
        "The size of the window a convolution slides over the image, e.g. 3 for 3×3.",
        "How many pixels the window moves at each step; 2 halves the image.",
        "valid: the window stays inside the image (it shrinks); same: the edges are padded so the size stays.",
        "The size of the window pooling summarises into one value, e.g. 2 halves each side.",
        "How many rows and columns of zeros are added around the image.",
        "The function applied to each neuron's sum: relu, sigmoid, tanh, softmax (probabilities) or linear.",
        "The fraction of neurons switched off at random while training, to stop the network memorising.",
    };

    private LayerTableColumns() {
    }

    static void install(TableView<LayerSpec> table, ArchitectureViewModel viewModel) {
        table.getColumns().clear();
        table.getColumns().add(indexColumn());
        table.getColumns().add(kindColumn(viewModel));
        table.getColumns().add(summaryColumn("Output shape", "outputColumn",
                "The shape of what the layer passes on, as Keras writes it: (None, height, width, channels) or (None, units).",
                row -> row.outputShape().keras(), viewModel, SHAPE_WIDTH));
        table.getColumns().add(summaryColumn("Params", "paramsColumn",
                "How many weights and biases this layer learns.",
                row -> ModelSummary.thousands(row.params()), viewModel, PARAMS_WIDTH));
        for (LayerField field : LayerField.values()) {
            table.getColumns().add(fieldColumn(field, viewModel));
        }
        table.getColumns().add(problemColumn(viewModel));
        table.setRowFactory(t -> new ProblemRow(viewModel));
        FontScaledColumns.install(table, (Labeled) table.getColumns().get(0).getGraphic());
    }

    private static TableColumn<LayerSpec, Object> indexColumn() {
        TableColumn<LayerSpec, Object> column = new TableColumn<>();
        header(column, "#", "The layer's position, from the input (0) to the output.");
        column.setPrefWidth(INDEX_WIDTH);
        column.setEditable(false);
        column.setSortable(false);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Object item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || getTableRow() == null ? null : String.valueOf(getIndex()));
            }
        });
        return column;
    }

    private static TableColumn<LayerSpec, LayerKind> kindColumn(ArchitectureViewModel viewModel) {
        TableColumn<LayerSpec, LayerKind> column = new TableColumn<>();
        column.setId("kindColumn");
        header(column, "Type", "What the layer does; pick another type to change it.");
        column.setPrefWidth(TYPE_WIDTH);
        column.setSortable(false);
        column.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(LayerFields.kindOf(d.getValue())));
        column.setCellFactory(ComboBoxTableCell.forTableColumn(LayerKind.values()));
        column.setOnEditCommit(e -> viewModel.changeKind(e.getTablePosition().getRow(), e.getNewValue()));
        return column;
    }

    private static TableColumn<LayerSpec, String> fieldColumn(LayerField field, ArchitectureViewModel viewModel) {
        TableColumn<LayerSpec, String> column = new TableColumn<>();
        column.setId(columnId(field));
        header(column, field.header(), FIELD_TIPS[field.ordinal()]);
        column.setPrefWidth(field.width());
        column.setSortable(false);
        column.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(LayerFields.get(d.getValue(), field)));
        List<String> choices = switch (field) {
            case ACTIVATION -> Arrays.stream(Activation.values()).map(LayerFields::name).toList();
            case PADDING -> Arrays.stream(Padding.values()).map(LayerFields::name).toList();
            default -> null;
        };
        column.setCellFactory(c -> choices == null ? new FieldTextCell() : new FieldChoiceCell(choices));
        column.setOnEditCommit(e -> {
            viewModel.edit(e.getTablePosition().getRow(), field, e.getNewValue());
            e.getTableView().refresh();
        });
        return column;
    }

    /** "sizeColumn", "kernelColumn", ... for lookups in tests. */
    static String columnId(LayerField field) {
        String name = field.name().toLowerCase(java.util.Locale.ROOT);
        StringBuilder id = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                id.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return id + "Column";
    }

    private static TableColumn<LayerSpec, LayerSpec> summaryColumn(String title, String id, String tip,
            Function<SummaryRow, String> value, ArchitectureViewModel viewModel, double width) {
        TableColumn<LayerSpec, LayerSpec> column = indexedColumn(title, id, tip, index -> {
            List<SummaryRow> rows = viewModel.summaryRows();
            return index < rows.size() ? value.apply(rows.get(index)) : "";
        });
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<LayerSpec, LayerSpec> problemColumn(ArchitectureViewModel viewModel) {
        TableColumn<LayerSpec, LayerSpec> column = indexedColumn("Problem", "problemColumn",
                "Why this layer cannot be built, if it cannot.", index -> {
                    LayerProblem problem = viewModel.problemAt(index);
                    return problem == null ? "" : problem.reason();
                });
        column.setPrefWidth(PROBLEM_WIDTH);
        return column;
    }

    /** A read-only column computed from the row's position (equal layers may appear twice). */
    private static TableColumn<LayerSpec, LayerSpec> indexedColumn(String title, String id, String tip,
            Function<Integer, String> text) {
        TableColumn<LayerSpec, LayerSpec> column = new TableColumn<>();
        column.setId(id);
        header(column, title, tip);
        column.setEditable(false);
        column.setSortable(false);
        column.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(d.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LayerSpec item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(getIndex()));
            }
        });
        return column;
    }

    private static void header(TableColumn<LayerSpec, ?> column, String title, String tip) {
        Label label = new Label(title);
        label.setTooltip(new Tooltip(tip));
        column.setGraphic(label);
    }

    /** Text editing only where the layer has the field. */
    private static final class FieldTextCell extends TextFieldTableCell<LayerSpec, String> {
        FieldTextCell() {
            super(new DefaultStringConverter());
        }

        @Override
        public void startEdit() {
            if (getItem() != null) {
                super.startEdit();
            }
        }

        @Override
        public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            pseudoClassStateChanged(EMPTY_FIELD, !empty && item == null);
        }
    }

    /** A choice (activation, padding) only where the layer has the field. */
    private static final class FieldChoiceCell extends ComboBoxTableCell<LayerSpec, String> {
        FieldChoiceCell(List<String> choices) {
            super(new DefaultStringConverter(), FXCollections.observableArrayList(choices));
        }

        @Override
        public void startEdit() {
            if (getItem() != null) {
                super.startEdit();
            }
        }
    }

    /** Marks a layer with a problem and says the reason when hovered. */
    private static final class ProblemRow extends TableRow<LayerSpec> {
        private final ArchitectureViewModel viewModel;

        ProblemRow(ArchitectureViewModel viewModel) {
            this.viewModel = viewModel;
        }

        @Override
        protected void updateItem(LayerSpec item, boolean empty) {
            super.updateItem(item, empty);
            LayerProblem problem = empty || item == null ? null : viewModel.problemAt(getIndex());
            pseudoClassStateChanged(PROBLEM, problem != null);
            setTooltip(problem == null ? null : new Tooltip(problem.message()));
        }
    }
}
