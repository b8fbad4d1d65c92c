package org.digitlab.model;

import java.util.List;
import java.util.Locale;

/**
 * What Keras' {@code model.summary()} prints, computed from a spec: one row per layer with its
 * output shape and parameter count, and the totals. Formatting ({@link #format()}) is separate
 * from the figures so that the UI can show them as a table.
 */
public final class ModelSummary {

    private static final int NAME_COLUMN = 29;
    private static final int SHAPE_COLUMN = 26;
    private static final int RULE_WIDTH = 65;

    private final ArchitectureSpec spec;
    private final List<SummaryRow> rows;

    private ModelSummary(ArchitectureSpec spec, List<SummaryRow> rows) {
        this.spec = spec;
        this.rows = rows;
    }

    /**
     * The summary of a valid spec.
     *
     * @throws InvalidArchitectureException naming the first bad layer (index, Keras name, reason)
     */
    public static ModelSummary of(ArchitectureSpec spec) {
        ShapeInference.Result result = ShapeInference.run(spec);
        if (!result.problems().isEmpty()) {
            throw new InvalidArchitectureException(spec.id(), result.problems());
        }
        return new ModelSummary(spec, result.rows());
    }

    /** Every problem of the spec, in layer order; empty when it can be built. */
    public static List<LayerProblem> validate(ArchitectureSpec spec) {
        return ShapeInference.run(spec).problems();
    }

    /** Whether the network takes images (N, C, H, W) rather than flat vectors (N, H·W·C). */
    public static boolean expectsImageInput(ArchitectureSpec spec) {
        return spec.expectsImageInput();
    }

    public ArchitectureSpec spec() {
        return spec;
    }

    public List<SummaryRow> rows() {
        return rows;
    }

    /** The shape the network produces: (None, numClasses) for a valid classifier. */
    public Shape outputShape() {
        return rows.get(rows.size() - 1).outputShape();
    }

    public long totalParams() {
        return rows.stream().mapToLong(SummaryRow::params).sum();
    }

    public long nonTrainableParams() {
        return rows.stream().mapToLong(SummaryRow::nonTrainableParams).sum();
    }

    public long trainableParams() {
        return totalParams() - nonTrainableParams();
    }

    /** The Keras-style table, ending with the Total / Trainable / Non-trainable lines. */
    public String format() {
        // Widen the first column for long names ("batch_normalization_1 (BatchNormalization)").
        int nameWidth = Math.max(NAME_COLUMN, rows.stream().mapToInt(r -> label(r).length() + 2).max().orElse(0));
        int ruleWidth = RULE_WIDTH + nameWidth - NAME_COLUMN;
        StringBuilder text = new StringBuilder();
        text.append("Model: \"").append(spec.id()).append("\"\n");
        text.append("_".repeat(ruleWidth)).append('\n');
        text.append(line(nameWidth, "Layer (type)", "Output Shape", "Param #"));
        text.append("=".repeat(ruleWidth)).append('\n');
        for (int i = 0; i < rows.size(); i++) {
            SummaryRow row = rows.get(i);
            text.append(line(nameWidth, label(row), row.outputShape().keras(),
                    thousands(row.params())));
            text.append(i == rows.size() - 1 ? "=".repeat(ruleWidth) : "_".repeat(ruleWidth)).append('\n');
        }
        text.append("Total params: ").append(thousands(totalParams())).append('\n');
        text.append("Trainable params: ").append(thousands(trainableParams())).append('\n');
        text.append("Non-trainable params: ").append(thousands(nonTrainableParams())).append('\n');
        return text.toString();
    }

    /** Always "72,842": the ROOT locale groups with commas whatever the user's locale is. */
    public static String thousands(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String label(SummaryRow row) {
        return row.name() + " (" + row.kind() + ")";
    }

    private static String line(int nameWidth, String layer, String shape, String params) {
        return String.format(Locale.ROOT, " %-" + (nameWidth - 1) + "s%-" + SHAPE_COLUMN + "s%s\n",
                layer, shape, params);
    }
}
