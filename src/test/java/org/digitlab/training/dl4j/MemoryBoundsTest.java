package org.digitlab.training.dl4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bytedeco.javacpp.Pointer;
import org.digitlab.RealMnist;
import org.digitlab.Slow;
import org.digitlab.data.DataSplits;
import org.digitlab.data.ImageSet;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.EpochMetrics;
import org.digitlab.model.Presets;
import org.digitlab.training.RunOutcome;
import org.digitlab.training.TrainingListener;
import org.digitlab.training.TrainingRequest;
import org.digitlab.training.TrainingResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A 50-epoch run does not grow memory from epoch to epoch: after each epoch (training, validation,
 * a checkpoint whenever validation improves) the heap in use after a full collection and the
 * process's resident memory (JavaCPP's reading, so ND4J's native buffers count) are recorded, and
 * epochs 41-50 hold no more than epochs 21-30 (the first epochs warm up allocators and the JIT).
 * A leak grows by the same amount in any twenty epochs: one gradient-sized array per batch, or
 * {@code mlp-512-256}'s kept weights per epoch, is over 40 MB there. ND4J's own allocation
 * counters read 0 on this CPU build, so resident memory is the measure of native memory.
 */
@Slow
class MemoryBoundsTest {

    private static final int EPOCHS = 50;
    private static final long HEAP_SLACK = 8L << 20;
    /** Resident memory wanders by ~20 MB between epochs (malloc arenas, code cache). */
    private static final long RESIDENT_SLACK = 32L << 20;

    record Sample(int epoch, long heap, long resident) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"mlp-512-256", "cnn-3conv"})
    void fiftyEpochsDoNotGrowTheHeapOrResidentMemory(String preset) throws Exception {
        ArchitectureSpec base = Presets.get(preset);
        ArchitectureSpec spec = base.withTraining(base.training().withEpochs(EPOCHS).withBatchSize(64));
        ImageSet test = RealMnist.trainTest().test();
        DataSplits splits = new DataSplits(RealMnist.trainTest().train().range(0, 512), test.range(0, 500),
                test.range(500, 1000));
        List<Sample> samples = new ArrayList<>();
        TrainingListener recorder = new TrainingListener() {
            @Override
            public void onEpoch(EpochMetrics metrics) {
                samples.add(measure(metrics.epoch()));
            }
        };

        TrainingResult result = new Dl4jTrainer().start(TrainingRequest.of(spec, splits), recorder)
                .result().get(600, TimeUnit.SECONDS);

        assertThat(result.outcome()).isEqualTo(RunOutcome.COMPLETED);
        assertThat(samples).hasSize(EPOCHS);
        List<Sample> middle = samples.subList(20, 30);
        List<Sample> late = samples.subList(EPOCHS - 10, EPOCHS);
        System.err.printf("%s memory, most in epochs 21-30 → 41-50: heap %d → %d MB, resident %d → %d MB%n",
                preset, max(middle, true) >> 20, max(late, true) >> 20, max(middle, false) >> 20,
                max(late, false) >> 20);
        assertThat(max(late, true)).as("heap in use, epochs 41-50").isLessThan(max(middle, true) + HEAP_SLACK);
        assertThat(max(late, false)).as("resident memory, epochs 41-50")
                .isLessThan(max(middle, false) + RESIDENT_SLACK);
    }

    private static Sample measure(int epoch) {
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return new Sample(epoch, heap, Pointer.physicalBytes());
    }

    private static long max(List<Sample> samples, boolean heap) {
        return samples.stream().mapToLong(s -> heap ? s.heap() : s.resident()).max().orElseThrow();
    }
}
