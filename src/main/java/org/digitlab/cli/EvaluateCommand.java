package org.digitlab.cli;

import org.digitlab.training.GroupFigures;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.digitlab.engine.Engine;
import org.digitlab.training.EvaluationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code digitlab evaluate}: test loss and accuracy, confusion matrix, precision and recall. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluate a model file on the test split of its dataset.")
final class EvaluateCommand implements Callable<Integer> {

    /** Mistakes listed for a collected set; a class's set is small enough to read them. */
    static final int MISTAKES_LISTED = 20;

    @Spec CommandSpec spec;

    @Option(names = "--model", paramLabel = "FILE", required = true) Path modelFile;

    @Option(names = "--dataset", paramLabel = "ID", description = "Dataset id (default: the model's); a set of "
            + "drawn digits (drawn-...) is tested whole, per writer, with its mistakes listed.")
    String dataset;

    @Option(names = "--json", description = "Print one JSON object.") boolean json;

    @Option(names = "--whole-test", description = "Use the whole published test set, not the test part of "
            + "the model's split (notebook 001's split keeps half of it for validation).")
    boolean wholeTest;

    private final Engine engine;

    EvaluateCommand(Engine engine) {
        this.engine = engine;
    }

    @Override
    public Integer call() throws IOException {
        ModelEvaluation evaluation = ModelEvaluation.run(engine, modelFile, dataset, wholeTest);
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? toJson(evaluation) : toText(evaluation));
        out.flush();
        return 0;
    }

    static String toJson(ModelEvaluation evaluation) throws IOException {
        EvaluationResult r = evaluation.result();
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("model", evaluation.model().spec().id());
        root.put("dataset", evaluation.datasetId());
        root.put("set", evaluation.setName());
        root.put("examples", r.examples());
        root.put("loss", r.loss());
        root.put("accuracy", r.accuracy());
        root.set("confusion", mapper.valueToTree(r.confusion()));
        root.set("precision", mapper.valueToTree(r.precision()));
        root.set("recall", mapper.valueToTree(r.recall()));
        ArrayNode writers = root.putArray("writers");
        for (GroupFigures w : evaluation.writers()) {
            writers.addObject().put("writer", w.group()).put("correct", w.correct()).put("total", w.total())
                    .put("accuracy", w.accuracy());
        }
        ArrayNode labels = root.putArray("classLabels");
        evaluation.model().metadata().classLabels().forEach(labels::add);
        return mapper.writeValueAsString(root);
    }

    static String toText(ModelEvaluation evaluation) {
        EvaluationResult r = evaluation.result();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%s on %s %s: loss: %.4f - acc: %.4f - %d examples%n%nConfusion matrix "
                        + "(rows: true class, columns: predicted)%n",
                evaluation.model().spec().id(), evaluation.datasetId(), evaluation.setName(), r.loss(),
                r.accuracy(), r.examples()));
        int classes = r.confusion().length;
        sb.append("     ");
        for (int c = 0; c < classes; c++) {
            sb.append(String.format(Locale.ROOT, "%6d", c));
        }
        sb.append("   precision  recall%n".formatted());
        for (int row = 0; row < classes; row++) {
            sb.append(String.format(Locale.ROOT, "%4d ", row));
            for (int count : r.confusion()[row]) {
                sb.append(String.format(Locale.ROOT, "%6d", count));
            }
            sb.append(String.format(Locale.ROOT, "   %9.4f  %6.4f%n", r.precision()[row], r.recall()[row]));
        }
        if (!evaluation.writers().isEmpty()) {
            sb.append(String.format("%nBy writer: %s%n", GroupFigures.describe(evaluation.writers())));
        }
        if ("drawn".equals(evaluation.setName()) && !r.misclassified().isEmpty()) {
            sb.append(String.format("%nMistakes (drawing number: drawn, read as, how sure), most confident first:%n"));
            r.misclassified().stream().limit(MISTAKES_LISTED).forEach(m -> sb.append(String.format(Locale.ROOT,
                    "  #%d: %d read as %d (%.0f%%)%n", m.index() + 1, m.actual(), m.predicted(),
                    100 * m.confidence())));
        }
        return sb.toString().stripTrailing();
    }
}
