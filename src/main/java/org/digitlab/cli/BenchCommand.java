package org.digitlab.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.digitlab.data.DataSplits;
import org.digitlab.data.DatasetStore;
import org.digitlab.engine.Engine;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.EpochMetrics;
import org.digitlab.model.SplitKind;
import org.digitlab.training.TrainingData;
import org.digitlab.training.TrainingListener;
import org.digitlab.training.TrainingRequest;
import org.digitlab.training.TrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code digitlab bench}: training speed of the app's own trainer on a fixed slice of MNIST. The
 * first epoch warms up (JIT, oneDNN kernel generation); the median of the others is reported.
 * Used by {@code scripts/bench.sh}; a benchmark, never a test.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure training examples per second on a fixed slice of the training set.")
final class BenchCommand implements Callable<Integer> {

    @Spec CommandSpec commandSpec;

    private final Engine engine;

    BenchCommand(Engine engine) {
        this.engine = engine;
    }

    @Mixin ArchitectureOptions architecture;

    @Option(names = "--examples", defaultValue = "10000", description = "Examples per epoch (default 10000).")
    int examples;

    @Option(names = "--epochs", defaultValue = "3", description = "Epochs, the first one a warm-up (default 3).")
    int epochs;

    @Option(names = "--batch", paramLabel = "N", description = "Batch size (default: the preset's).")
    Integer batch;

    @Override
    public Integer call() throws Exception {
        if (epochs < 2) {
            throw new BadInputException("--epochs must be at least 2: the first one is a warm-up");
        }
        ArchitectureSpec spec = architecture.resolve();
        var settings = spec.training().withEpochs(epochs).withSplit(SplitKind.TRAIN_TEST, 0)
                .withEarlyStoppingPatience(0);
        if (batch != null) {
            settings = settings.withBatchSize(batch);
        }
        spec = spec.withTraining(settings);
        DataSplits splits = TrainingData.load(DatasetStore.defaultStore(), settings);
        TrainingResult result = engine.trainer().start(
                TrainingRequest.of(spec, splits).withLimit(examples), new TrainingListener() { })
                .result().join();
        double[] speeds = result.history().epochs().stream().skip(1)
                .mapToDouble(EpochMetrics::examplesPerSecond).sorted().toArray();
        if (speeds.length == 0) {
            throw new IllegalStateException("the run ended early: " + result.outcome() + " " + result.diagnosis());
        }
        PrintWriter out = commandSpec.commandLine().getOut();
        out.printf(Locale.ROOT, "{\"framework\": \"dl4j\", \"arch\": \"%s\", \"batch\": %d, \"examples\": %d, "
                        + "\"median_ex_per_s\": %.1f, \"epochs_ex_per_s\": %s, \"native\": \"%s\"}%n",
                spec.id(), settings.batchSize(), examples, median(speeds), Arrays.toString(speeds),
                engine.nativeSetup());
        out.flush();
        return 0;
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
