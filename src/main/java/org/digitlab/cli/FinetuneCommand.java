package org.digitlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.digitlab.data.DatasetCatalog;
import org.digitlab.data.DatasetStore;
import org.digitlab.data.ImageSet;
import org.digitlab.data.OutputFiles;
import org.digitlab.data.TrainTest;
import org.digitlab.data.collected.CollectedSet;
import org.digitlab.engine.Engine;
import org.digitlab.model.ClassFit;
import org.digitlab.model.ModelLimits;
import org.digitlab.model.ModelSummary;
import org.digitlab.model.TrainedModel;
import org.digitlab.training.FineTuning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code digitlab finetune}: "Train more on our handwriting" without a window. The model goes on
 * learning from MNIST mixed with a collected set (see {@link FineTuning}); the before and after
 * figures on MNIST's test set, the whole set and its held-out drawings are printed, and the new
 * model is written to a new file: the input is never overwritten, nor any file without --force.
 */
@Command(name = "finetune", mixinStandardHelpOptions = true,
        description = "Train a model more on MNIST mixed with a set of drawn digits; print before/after figures.")
final class FinetuneCommand implements Callable<Integer> {

    /** Most images an epoch: a fine-tune is a short lesson, not a new training run. */
    static final int MAX_IMAGES = 60_000;
    static final int MAX_EPOCHS = 10;

    @Spec CommandSpec commandSpec;

    @Option(names = "--model", paramLabel = "FILE", required = true, description = "The model file to start from.")
    Path modelFile;

    @Option(names = "--dataset", paramLabel = "ID", required = true,
            description = "A set of drawn digits (drawn-...), as `digitlab datasets` lists them.")
    String dataset;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The new model file (.zip).")
    Path out;

    @Option(names = "--epochs", paramLabel = "N", description = "Passes over the mixed images (default: 2).")
    Integer epochs;

    @Option(names = "--images", paramLabel = "N",
            description = "Images an epoch, 15%% of them drawings (default: 6000).")
    Integer images;

    @Option(names = "--lr", paramLabel = "X", description = "Adam's learning rate (default: 0.0001).")
    Double learningRate;

    @Option(names = "--force", description = "Replace --out if it exists (never the --model file itself).")
    boolean force;

    private final Engine engine;

    FinetuneCommand(Engine engine) {
        this.engine = engine;
    }

    @Override
    public Integer call() throws IOException {
        FineTuning.Settings settings = settings();
        if (!CollectedSet.isCollectedId(dataset)) {
            throw new BadInputException("--dataset: '" + dataset + "' is not a set of drawn digits; "
                    + "`digitlab datasets` lists them (their ids start with " + CollectedSet.ID_PREFIX + ")");
        }
        if (Files.exists(out) && Files.exists(modelFile) && Files.isSameFile(out, modelFile)) {
            throw new BadInputException("--out: " + out + " is the model file itself; write the fine-tuned model "
                    + "to a new file, e.g. " + suggestion());
        }
        if (Files.exists(out) && !force) {
            throw new BadInputException("--out: " + out + " exists; choose a new name (e.g. " + suggestion()
                    + ") or add --force to replace it");
        }
        DatasetStore store = DatasetStore.defaultStore();
        ModelEvaluation.datasetInfo(store, dataset); // unknown set: bad input, listing the sets here
        TrainedModel model = engine.modelFiles().load(modelFile);
        ClassFit.mismatch(model.metadata(), DatasetCatalog.get(DatasetCatalog.MNIST)).ifPresent(why -> {
            throw new BadInputException(modelFile.getFileName() + ": " + why);
        });
        if (model.metadata().input().height() != CollectedSet.SIDE) {
            throw new BadInputException(modelFile.getFileName() + ": reads " + model.metadata().input().height()
                    + "x" + model.metadata().input().width() + " images; drawn digits are "
                    + CollectedSet.SIDE + "x" + CollectedSet.SIDE + " like MNIST");
        }
        OutputFiles.check(out, ModelSummary.of(model.spec()).totalParams() * ModelLimits.BYTES_PER_VALUE
                * TrainCommand.MODEL_FILE_MARGIN);
        ImageSet drawn = store.collected().load(dataset).images();
        TrainTest mnist = store.load(DatasetCatalog.MNIST);
        PrintWriter stdout = commandSpec.commandLine().getOut();
        stdout.printf(Locale.ROOT, "Fine-tuning %s on MNIST and %s (%d drawings, %.0f%% held out by drawing):"
                        + " %d epoch%s of %d images, %.0f%% of them drawings, Adam lr %s, batch %d%n",
                modelFile.getFileName(), dataset, drawn.size(), 100 * settings.heldOutShare(), settings.epochs(),
                settings.epochs() == 1 ? "" : "s", settings.imagesPerEpoch(), 100 * settings.drawnShare(),
                settings.learningRate(), settings.batchSize());
        stdout.flush();
        FineTuning.Report report = new FineTuning(engine.trainer(), engine.evaluator()).run(model,
                mnist.train(), mnist.test(), drawn, settings,
                new EpochPrinter(stdout, model.history().lastEpoch() + settings.epochs()));
        print(stdout, report);
        engine.modelFiles().save(report.model(), out);
        stdout.printf("Saved %s%n", out);
        stdout.flush();
        return 0;
    }

    static void print(PrintWriter out, FineTuning.Report report) {
        out.printf("%-22s %8s %8s%n", "accuracy", "before", "after");
        row(out, "MNIST test (10,000)", report.before().mnistTest(), report.after().mnistTest());
        row(out, "drawn, all (" + (report.taught() + report.heldOut()) + ")", report.before().drawn(),
                report.after().drawn());
        row(out, "drawn, held out (" + report.heldOut() + ")", report.before().heldOut(), report.after().heldOut());
    }

    private static void row(PrintWriter out, String name, double before, double after) {
        out.printf(Locale.ROOT, "%-22s %7.2f%% %7.2f%%%n", name, 100 * before, 100 * after);
    }

    private FineTuning.Settings settings() {
        FineTuning.Settings s = FineTuning.Settings.DEFAULT;
        if (epochs != null) {
            if (epochs < 1 || epochs > MAX_EPOCHS) {
                throw new BadInputException("--epochs: got " + epochs + "; use 1 to " + MAX_EPOCHS + ", e.g. 2");
            }
            s = s.withEpochs(epochs);
        }
        if (images != null) {
            if (images < 10 || images > MAX_IMAGES) {
                throw new BadInputException("--images: got " + images + "; use 10 to " + MAX_IMAGES + ", e.g. 6000");
            }
            s = s.withImagesPerEpoch(images);
        }
        if (learningRate != null) {
            if (!(learningRate > 0 && learningRate <= 0.1)) {
                throw new BadInputException("--lr: got " + learningRate + "; use a small positive rate, e.g. 0.0001");
            }
            s = s.withLearningRate(learningRate);
        }
        return s;
    }

    private String suggestion() {
        String name = modelFile.getFileName().toString();
        return (name.endsWith(".zip") ? name.substring(0, name.length() - 4) : name) + "-" + dataset + ".zip";
    }
}
