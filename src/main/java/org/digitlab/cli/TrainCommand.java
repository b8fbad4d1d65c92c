package org.digitlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.digitlab.data.DataSplits;
import org.digitlab.data.DatasetStore;
import org.digitlab.data.OutputFiles;
import org.digitlab.data.StaleFiles;
import org.digitlab.engine.Engine;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.Augmentation;
import org.digitlab.model.LayerProblem;
import org.digitlab.model.Loss;
import org.digitlab.model.ModelLimits;
import org.digitlab.model.ModelSummary;
import org.digitlab.model.Optimizer;
import org.digitlab.model.SplitKind;
import org.digitlab.model.TrainedModel;
import org.digitlab.model.TrainingChecks;
import org.digitlab.model.TrainingSettings;
import org.digitlab.training.EvaluationResult;
import org.digitlab.training.RunOutcome;
import org.digitlab.training.TrainingData;
import org.digitlab.training.TrainingRequest;
import org.digitlab.training.TrainingResult;
import org.digitlab.training.TrainingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code digitlab train}: trains a preset or spec, prints one Keras-style line per epoch and a
 * test line, and writes the model file. Ctrl-C stops at the next batch and still writes the model
 * (the best checkpoint where checkpointing is on); a second Ctrl-C quits without saving ({@link CtrlC}).
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train an architecture and save the model file.")
final class TrainCommand implements Callable<Integer> {

    /** Keras' validation_split of notebook 003. */
    static final double VALIDATION_FRACTION = 0.2;
    /** Notebook 001 keeps half of the holdout for validation. */
    static final double HOLDOUT_VALIDATION_SHARE = 0.5;
    /** The model file holds the weights once, plus JSON; twice their size leaves room for zip and checkpoint. */
    static final long MODEL_FILE_MARGIN = 2;

    @Spec CommandSpec commandSpec;

    @Mixin ArchitectureOptions architecture;

    @Option(names = "--dataset", paramLabel = "ID", description = "Dataset id (default: the spec's).")
    String dataset;

    @Option(names = "--epochs", paramLabel = "N") Integer epochs;

    @Option(names = "--batch", paramLabel = "N") Integer batch;

    @Option(names = "--lr", paramLabel = "X", description = "Learning rate.") Double learningRate;

    @Option(names = "--optimizer", paramLabel = "sgd|adam|rmsprop",
            converter = EnumNames.OptimizerConverter.class) Optimizer optimizer;

    @Option(names = "--loss", paramLabel = "ce|mse", converter = EnumNames.LossConverter.class)
    Loss loss;

    @Option(names = "--seed", paramLabel = "N") Long seed;

    @Option(names = "--split", paramLabel = "train-test|holdout-half|validation-fraction",
            converter = EnumNames.SplitConverter.class,
            description = "How validation and test data are carved out (default: the notebook's).")
    SplitKind split;

    @Option(names = "--patience", paramLabel = "N",
            description = "Stop after N epochs without a better validation loss (0: never).")
    Integer patience;

    @Option(names = "--lr-decay", paramLabel = "X",
            description = "Share of the learning rate dropped after each epoch, e.g. 0.1 (default 0: constant).")
    Double learningRateDecay;

    @Option(names = "--shift", paramLabel = "PIXELS",
            description = "Move each training image by up to PIXELS (0-" + TrainingSettings.MAX_SHIFT
                    + ") at random every epoch (default 0: off).")
    Integer shift;

    @Option(names = "--strokes", negatable = true,
            description = "Redraw half the training images hard-edged like mouse strokes, some bolder (default off).")
    Boolean strokes;

    @Option(names = "--augment", paramLabel = "draw|none", converter = EnumNames.AugmentationConverter.class,
            description = "draw: redraw half the training images the way people draw them (leaning, wobbly,"
                    + " another pen, 1s with a lead-in stroke, 7s with a bar); none: off (the default).")
    Augmentation augment;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
            description = "Train on the first N training examples only (validation and test stay whole).")
    int limit;

    @Option(names = "--from", paramLabel = "FILE",
            description = "Continue training this model file: its weights and history go on, with this run's"
                    + " settings (its own unless overridden); --arch and --spec may be left out.")
    Path continueFrom;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Model file to write (.zip).")
    Path out;

    private final Engine engine;

    TrainCommand(Engine engine) {
        this.engine = engine;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter stdout = commandSpec.commandLine().getOut();
        TrainedModel from = continueFrom == null ? null : engine.modelFiles().load(continueFrom);
        ArchitectureSpec spec = withOverrides(from != null && !architecture.given() ? from.spec()
                : architecture.resolve());
        // Everything the user gave is checked before data loads and before any epoch runs.
        long params = checkTrainable(spec);
        OutputFiles.check(out, params * ModelLimits.BYTES_PER_VALUE * MODEL_FILE_MARGIN);
        TrainingSettings settings = spec.training();
        DataSplits splits = TrainingData.load(DatasetStore.defaultStore(), settings);
        TrainingRequest request = TrainingRequest.of(spec, splits).withLimit(limit)
                .withCheckpointFile(settings.checkpointBestValLoss() ? out : null);
        int epochsBefore = 0;
        if (from != null) {
            request = continuing(request, from);
            epochsBefore = from.history().lastEpoch();
            stdout.printf("Continuing %s after its %d epoch%s%n", continueFrom, epochsBefore,
                    epochsBefore == 1 ? "" : "s");
        }
        stdout.printf("Training %s on %s: %d epoch%s, batch %d, %s lr %s%s, %s loss, seed %d%s%n",
                spec.id(), settings.datasetId(), settings.epochs(), settings.epochs() == 1 ? "" : "s",
                settings.batchSize(),
                EnumNames.of(settings.optimizer()), settings.learningRate(),
                settings.learningRateDecay() > 0 ? " decaying " + settings.learningRateDecay() + " per epoch" : "",
                EnumNames.of(settings.loss()), settings.seed(),
                (settings.shiftAugmentation() > 0 ? ", images shifted up to " + settings.shiftAugmentation() + " px"
                        : "") + (settings.strokeAugmentation() ? ", half redrawn as mouse strokes" : "")
                        + (settings.augmentation() == Augmentation.DRAW ? ", half redrawn as people draw" : ""));
        stdout.flush();
        StaleFiles.cleanBeside(out, StaleFiles.DEFAULT_AGE); // what a killed run left
        TrainingRun run = engine.trainer().start(request, new EpochPrinter(stdout, epochsBefore + settings.epochs()));
        CountDownLatch saved = new CountDownLatch(1);
        // SIGTERM (and Ctrl-C where no handler can be installed) still stops, saves, then exits.
        Thread onShutdown = new Thread(() -> stopAndWait(run, saved), "digitlab-ctrl-c");
        Runtime.getRuntime().addShutdownHook(onShutdown);
        try (CtrlC ctrlC = new CtrlC(commandSpec.commandLine().getErr(), run::stop,
                () -> Runtime.getRuntime().halt(CtrlC.QUIT_STATUS)).install()) {
            TrainingResult result = run.result().join();
            return finish(result, splits, stdout);
        } finally {
            saved.countDown();
            CtrlC.removeHook(onShutdown);
        }
    }

    private Integer finish(TrainingResult result, DataSplits splits, PrintWriter stdout)
            throws IOException {
        if (!result.diagnosis().isEmpty()) {
            commandSpec.commandLine().getErr().println(result.diagnosis());
            commandSpec.commandLine().getErr().flush();
        }
        if (!result.hasModel()) {
            return DigitLabCli.EXIT_FAILURE;
        }
        TrainedModel model = result.model();
        // The one evaluator, as the window and `evaluate` use it: one model, one figure.
        String setName = TrainingData.testSetName(model.spec().training());
        EvaluationResult test = engine.evaluator().evaluate(model, splits.test());
        stdout.printf("Test (%s%s): loss: %.4f - acc: %.4f - %d %s examples%n", keptWeights(result),
                result.outcome() == RunOutcome.COMPLETED ? "" : ", run " + result.outcome().name().toLowerCase(),
                test.loss(), test.accuracy(), test.examples(), setName);
        model = model.withMetadata(model.metadata().withTest(test.figures(model.metadata().datasetId(), setName)));
        engine.modelFiles().save(model, out);
        stdout.printf("Saved %s%n", out);
        stdout.flush();
        return result.outcome() == RunOutcome.DIVERGED || result.outcome() == RunOutcome.ERROR
                ? DigitLabCli.EXIT_FAILURE : 0;
    }

    /**
     * Refuses settings no run can use and a network that does not fit its dataset or a laptop,
     * naming the option, the spec's field or the layer.
     *
     * @return the number of parameters, for the size of the model file
     */
    private long checkTrainable(ArchitectureSpec spec) {
        List<LayerProblem> settingsProblems = TrainingChecks.problems(spec);
        if (!settingsProblems.isEmpty()) {
            LayerProblem first = settingsProblems.get(0);
            throw new BadInputException(where(first) + ": " + first.reason());
        }
        return ModelSummary.of(spec).totalParams(); // names the first impossible or too large layer
    }

    /** "--lr (learning rate)" for a setting, "net.json: numClasses" for what the spec itself says. */
    private String where(LayerProblem problem) {
        String option = switch (problem.layerName()) {
            case TrainingChecks.LEARNING_RATE -> "--lr";
            case TrainingChecks.EPOCHS -> "--epochs";
            case TrainingChecks.BATCH_SIZE -> "--batch";
            case TrainingChecks.DATASET -> "--dataset";
            case TrainingChecks.VALIDATION_SHARE -> "--split";
            case TrainingChecks.PATIENCE -> "--patience";
            default -> null;
        };
        if (option != null) {
            return option + " (" + problem.layerName() + ")";
        }
        Object source = architecture.specFile != null ? architecture.specFile
                : architecture.presetId != null ? architecture.presetId : continueFrom;
        return source + ": " + problem.layerName();
    }

    /** Which weights were tested: "last epoch" only when an epoch finished. */
    static String keptWeights(TrainingResult result) {
        if (result.bestEpoch() > 0) {
            return "best epoch " + result.bestEpoch();
        }
        return result.history().isEmpty() ? "no epoch finished: untrained weights" : "last epoch";
    }

    private TrainingRequest continuing(TrainingRequest request, TrainedModel from) {
        try {
            return request.continuing(from);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(continueFrom + ": " + e.getMessage());
        }
    }

    private ArchitectureSpec withOverrides(ArchitectureSpec spec) {
        TrainingSettings s = spec.training();
        if (dataset != null) {
            s = s.withDataset(dataset);
        }
        if (epochs != null) {
            s = s.withEpochs(epochs);
        }
        if (batch != null) {
            s = s.withBatchSize(batch);
        }
        if (learningRate != null) {
            s = s.withLearningRate(learningRate);
        }
        if (optimizer != null) {
            s = s.withOptimizer(optimizer);
        }
        if (loss != null) {
            s = s.withLoss(loss);
        }
        if (seed != null) {
            s = s.withSeed(seed);
        }
        if (split != null) {
            s = s.withSplit(split, split == SplitKind.VALIDATION_FRACTION ? VALIDATION_FRACTION
                    : split == SplitKind.HOLDOUT_HALF ? HOLDOUT_VALIDATION_SHARE : 0);
        }
        if (patience != null) {
            s = s.withEarlyStoppingPatience(patience);
        }
        if (learningRateDecay != null) {
            s = s.withLearningRateDecay(learningRateDecay);
        }
        if (shift != null) {
            s = s.withShiftAugmentation(shift);
        }
        if (strokes != null) {
            s = s.withStrokeAugmentation(strokes);
        }
        if (augment != null) {
            s = s.withAugmentation(augment);
        }
        return spec.withTraining(s);
    }

    /** Ctrl-C: ask the run to stop at the next batch, then wait until the model is written. */
    private static void stopAndWait(TrainingRun run, CountDownLatch saved) {
        run.stop();
        try {
            saved.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
