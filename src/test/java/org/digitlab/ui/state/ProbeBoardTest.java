package org.digitlab.ui.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.TimeUnit;
import org.digitlab.RealMnist;
import org.digitlab.Slow;
import org.digitlab.data.ImageSet;
import org.digitlab.engine.dl4j.Dl4jEngine;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.Presets;
import org.digitlab.training.RunOutcome;
import org.digitlab.training.TrainingRequest;
import org.digitlab.training.TrainingResult;
import org.junit.jupiter.api.Test;

/** The probe board pins images and records a real (short) training run's probabilities for them. */
@Slow
class ProbeBoardTest {

    private static final int BATCH = 32;
    private static final int BATCHES = 40;

    @Test
    void aShortRealRunRecordsEveryProbesProbabilitiesEveryTenBatches() throws Exception {
        ProbeBoard board = new ProbeBoard(Runnable::run);
        ImageSet test = RealMnist.trainTest().test();
        Probe seven = board.pin(scaled(test, 0)); // MNIST test image 0 is a 7
        Probe two = board.pin(scaled(test, 1));
        ArchitectureSpec spec = Presets.get("mlp-100");
        spec = spec.withTraining(spec.training().withEpochs(1).withBatchSize(BATCH));
        TrainingRequest request = board.addProbes(TrainingRequest.of(spec, RealMnist.plain()).withLimit(BATCH * BATCHES));

        assertThat(request.probes().images()).hasSize(2);
        assertThat(request.probes().everyBatches()).isEqualTo(ProbeBoard.EVERY_BATCHES);
        TrainingResult result = Dl4jEngine.create().trainer().start(request, board.listener()).result().get(5, TimeUnit.MINUTES);

        assertThat(result.outcome()).isEqualTo(RunOutcome.COMPLETED);
        for (Probe probe : board.probes()) {
            assertThat(probe.timeline()).hasSize(BATCHES / ProbeBoard.EVERY_BATCHES);
            assertThat(probe.timeline()).extracting(ProbePoint::iteration).containsExactly(10L, 20L, 30L, 40L);
            for (ProbePoint point : probe.timeline()) {
                double sum = 0;
                for (float p : point.probabilities()) {
                    sum += p;
                }
                assertThat(sum).isCloseTo(1.0, within(1e-4));
            }
        }
        // After 1,280 images the network already leans towards the right answer for a clear 7.
        float[] last = seven.timeline().get(seven.timeline().size() - 1).probabilities();
        assertThat(last[7]).isGreaterThan(seven.timeline().get(0).probabilities()[7] - 0.05f);
        assertThat(two.timeline()).isNotEmpty();
    }

    @Test
    void atMostFiveDrawingsArePinnedAndANewRunStartsTheTimelinesAnew() {
        ProbeBoard board = new ProbeBoard(Runnable::run);
        for (int i = 0; i < ProbeBoard.MAX_PROBES; i++) {
            assertThat(board.pin(new float[784])).isNotNull();
        }
        assertThat(board.canPinProperty().get()).isFalse();
        assertThat(board.pin(new float[784])).isNull();
        assertThat(board.probes()).hasSize(ProbeBoard.MAX_PROBES);

        board.unpin(board.probes().get(0));
        assertThat(board.canPinProperty().get()).isTrue();
    }

    @Test
    void probesOfAnotherImageSizeAreLeftOutOfTheRequest() {
        ProbeBoard board = new ProbeBoard(Runnable::run);
        board.pin(new float[56 * 56]);
        TrainingRequest request = TrainingRequest.of(Presets.get("mlp-100"), RealMnist.plain());

        assertThat(board.addProbes(request).probes().isEmpty()).isTrue();
    }

    private static float[] scaled(ImageSet set, int index) {
        byte[] bytes = set.copyImage(index);
        float[] values = new float[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            values[i] = (bytes[i] & 0xFF) / 255f;
        }
        return values;
    }
}
