package org.digitlab.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.digitlab.data.DataSplits;
import org.digitlab.data.DatasetStore;
import org.digitlab.engine.Engine;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.SplitKind;
import org.digitlab.training.BatchMetrics;
import org.digitlab.training.RunState;
import org.digitlab.training.TrainingData;
import org.digitlab.training.TrainingListener;
import org.digitlab.training.TrainingRequest;
import org.digitlab.training.TrainingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code digitlab bench-control}: how long Pause and Stop take to act on a real run of a preset,
 * with its own batch size. Pause is pressed at random moments (so mid-batch) once the run is warm,
 * and timed until the run reports PAUSED; Stop is timed until the run has ended. A benchmark,
 * never a test: the figures go to the README.
 */
@Command(name = "bench-control", mixinStandardHelpOptions = true,
        description = "Measure how soon Pause and Stop act on a training run.")
final class BenchControlCommand implements Callable<Integer> {

    private static final long WAIT_SECONDS = 120;

    @Spec CommandSpec commandSpec;

    @Mixin ArchitectureOptions architecture;

    @Option(names = "--pauses", defaultValue = "5", description = "Pauses to time (default 5).")
    int pauses;

    @Option(names = "--warm-up", defaultValue = "5", paramLabel = "SECONDS",
            description = "Training before the first pause (default 5).")
    double warmUpSeconds;

    private final Engine engine;

    BenchControlCommand(Engine engine) {
        this.engine = engine;
    }

    @Override
    public Integer call() throws Exception {
        ArchitectureSpec spec = architecture.resolve();
        var settings = spec.training().withEpochs(1000).withSplit(SplitKind.TRAIN_TEST, 0)
                .withEarlyStoppingPatience(0);
        spec = spec.withTraining(settings);
        DataSplits splits = TrainingData.load(DatasetStore.defaultStore(), settings);
        BlockingQueue<RunState> states = new LinkedBlockingQueue<>();
        BlockingQueue<BatchMetrics> batches = new LinkedBlockingQueue<>();
        TrainingRun run = engine.trainer().start(TrainingRequest.of(spec, splits), new TrainingListener() {
            @Override
            public void onStateChanged(RunState state) {
                states.add(state);
            }

            @Override
            public void onBatch(BatchMetrics batch) {
                batches.add(batch);
            }
        });
        await(states, RunState.RUNNING);
        if (batches.poll(WAIT_SECONDS, TimeUnit.SECONDS) == null) {
            throw new IllegalStateException("no batch in " + WAIT_SECONDS + " s");
        }
        Thread.sleep((long) (warmUpSeconds * 1000));
        SplittableRandom random = new SplittableRandom(1);
        double[] pauseMillis = new double[pauses];
        for (int i = 0; i < pauses; i++) {
            Thread.sleep(200 + random.nextInt(800));
            states.clear();
            long pressed = System.nanoTime();
            run.pause();
            await(states, RunState.PAUSED);
            pauseMillis[i] = (System.nanoTime() - pressed) / 1e6;
            run.resume();
            await(states, RunState.RUNNING);
        }
        batches.clear();
        Thread.sleep(500);
        long pressed = System.nanoTime();
        run.stop();
        run.result().get(WAIT_SECONDS, TimeUnit.SECONDS);
        double stopMillis = (System.nanoTime() - pressed) / 1e6;
        BatchMetrics last = batches.isEmpty() ? null : batches.stream().reduce((a, b) -> b).orElseThrow();
        double batchMillis = last == null ? Double.NaN : 1000.0 * settings.batchSize() / last.examplesPerSecond();
        Arrays.sort(pauseMillis);
        PrintWriter out = commandSpec.commandLine().getOut();
        out.printf(Locale.ROOT, "{\"arch\": \"%s\", \"batch\": %d, \"batch_ms\": %.0f, \"pause_ms_median\": %.0f, "
                        + "\"pause_ms_max\": %.0f, \"stop_ms\": %.0f}%n", spec.id(), settings.batchSize(), batchMillis,
                BenchCommand.median(pauseMillis), pauseMillis[pauses - 1], stopMillis);
        out.flush();
        return 0;
    }

    private static void await(BlockingQueue<RunState> states, RunState wanted) throws InterruptedException {
        while (true) {
            RunState state = states.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            if (state == null || state.isTerminal()) {
                throw new IllegalStateException("the run did not reach " + wanted + " (last: " + state + ")");
            }
            if (state == wanted) {
                return;
            }
        }
    }
}
