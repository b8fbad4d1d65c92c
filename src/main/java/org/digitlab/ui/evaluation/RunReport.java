package org.digitlab.ui.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.EpochMetrics;
import org.digitlab.model.ModelFiles;
import org.digitlab.model.RunFacts;
import org.digitlab.model.SpecJson;
import org.digitlab.model.TrainedModel;
import org.digitlab.training.EvaluationResult;
import org.digitlab.training.PredictionsCsv;

/**
 * A run report: one folder with everything needed to show or redo a run: the architecture and
 * its settings, the seed, every epoch's figures, the evaluation (summary, per-class figures,
 * confusion matrix, predictions), the charts as PNG and the model file. Plain files a spreadsheet
 * or a notebook opens.
 */
final class RunReport {

    static final String SPEC = "spec.json";
    static final String SUMMARY = "summary.txt";
    static final String HISTORY = "history.csv";
    static final String CONFUSION = "confusion-matrix.csv";
    static final String PER_CLASS = "per-class.csv";
    static final String PREDICTIONS = "predictions.csv";
    static final String MODEL = "model.zip";

    /**
     * @param model the evaluated model
     * @param evaluation its figures on {@code splitName}
     * @param datasetId the dataset evaluated
     * @param splitName the split evaluated ("test")
     */
    record Contents(TrainedModel model, EvaluationResult evaluation, String datasetId, String splitName) {
    }

    private RunReport() {
    }

    /**
     * Writes the report into {@code dir} (created if needed).
     *
     * @param charts PNG name without extension → picture
     * @return every file written, in order
     */
    static List<Path> write(Path dir, Contents contents, Map<String, Picture> charts, ModelFiles files)
            throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        SpecJson.write(dir.resolve(SPEC), asRun(contents.model()));
        written.add(dir.resolve(SPEC));
        written.add(text(dir.resolve(SUMMARY), summary(contents)));
        written.add(text(dir.resolve(HISTORY), historyCsv(contents.model().history().epochs())));
        written.add(text(dir.resolve(CONFUSION), confusionCsv(contents.evaluation().confusion())));
        written.add(text(dir.resolve(PER_CLASS), perClassCsv(contents.evaluation())));
        PredictionsCsv.write(contents.evaluation().predictions(), dir.resolve(PREDICTIONS));
        written.add(dir.resolve(PREDICTIONS));
        for (Map.Entry<String, Picture> chart : charts.entrySet()) {
            Path png = dir.resolve(chart.getKey() + ".png");
            PngFiles.write(chart.getValue(), png);
            written.add(png);
        }
        files.save(contents.model(), dir.resolve(MODEL));
        written.add(dir.resolve(MODEL));
        return written;
    }

    private static Path text(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /**
     * The spec as it ran: its epochs are the epochs that finished, so that training it again does
     * what this run did (the plan, if it differed, is in the summary). A run with no finished
     * epoch keeps the planned number, as a spec needs at least one.
     */
    static ArchitectureSpec asRun(TrainedModel model) {
        ArchitectureSpec spec = model.spec();
        int run = model.history().lastEpoch();
        return run > 0 && run != spec.training().epochs() ? spec.withTraining(spec.training().withEpochs(run)) : spec;
    }

    static String summary(Contents contents) {
        TrainedModel model = contents.model();
        EvaluationResult result = contents.evaluation();
        RunFacts run = model.metadata().run();
        String trained = run == null
                ? model.history().lastEpoch() + " epochs (how the run ended was not recorded)"
                : run.describe();
        return String.join(System.lineSeparator(),
                "model: " + model.spec().id() + " (" + model.spec().name() + ")",
                "seed: " + model.metadata().seed(),
                "trained on: " + model.metadata().datasetId() + ", " + trained,
                "run: " + (run == null ? "not recorded" : run.endedEarly() ? "ended early (" + run.ending() + ")"
                        : "completed") + (run != null && run.limited() ? ", limited to "
                        + String.format(Locale.ROOT, "%,d", run.trainingImages()) + " training images" : ""),
                "epochs planned: " + (run == null ? model.spec().training().epochs() : run.epochsPlanned())
                        + ", epochs run: " + model.history().lastEpoch(),
                "weights: " + (run == null ? "as saved" : run.keptWeights()),
                "created: " + model.metadata().created(),
                String.format(Locale.ROOT, "evaluated on: %s, %,d %s images", contents.datasetId(),
                        result.examples(), contents.splitName()),
                String.format(Locale.ROOT, "loss: %.4f", result.loss()),
                String.format(Locale.ROOT, "accuracy: %.4f", result.accuracy()),
                "app version: " + model.metadata().appVersion(),
                "");
    }

    static String historyCsv(List<EpochMetrics> epochs) {
        StringBuilder sb = new StringBuilder("epoch,train_loss,train_accuracy,val_loss,val_accuracy,seconds,"
                + "examples_per_second\n");
        for (EpochMetrics e : epochs) {
            sb.append(String.format(Locale.ROOT, "%d,%.6f,%.6f,%s,%s,%.3f,%.1f%n", e.epoch(), e.trainLoss(),
                    e.trainAccuracy(), number(e.valLoss()), number(e.valAccuracy()), e.seconds(),
                    e.examplesPerSecond()));
        }
        return sb.toString();
    }

    static String confusionCsv(int[][] confusion) {
        StringBuilder sb = new StringBuilder("actual\\predicted");
        for (int c = 0; c < confusion.length; c++) {
            sb.append(',').append(c);
        }
        sb.append('\n');
        for (int r = 0; r < confusion.length; r++) {
            sb.append(r);
            for (int count : confusion[r]) {
                sb.append(',').append(count);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String perClassCsv(EvaluationResult result) {
        StringBuilder sb = new StringBuilder("class,precision,recall\n");
        for (int c = 0; c < result.precision().length; c++) {
            sb.append(c).append(',').append(number(result.precision()[c])).append(',')
                    .append(number(result.recall()[c])).append('\n');
        }
        return sb.toString();
    }

    /** Empty for NaN (no validation set, a class never predicted), as a spreadsheet expects. */
    private static String number(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.6f", value);
    }
}
