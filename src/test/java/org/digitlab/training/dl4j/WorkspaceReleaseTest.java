package org.digitlab.training.dl4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/**
 * DL4J's workspaces belong to the thread that used them and, unless destroyed, stay until the
 * garbage collector finds that thread gone: hundreds of MB for a CNN. A run hands them back before
 * its result is handed on (so testing the model on the same thread starts without them), and an
 * evaluation hands back its own on the thread it ran on.
 */
@Slow
class WorkspaceReleaseTest {

    private static final int IMAGES = 512;

    @Test
    void aRunReleasesItsWorkspacesBeforeItsResultIsHandedOn() throws Exception {
        ArchitectureSpec base = Presets.get("cnn-3conv");
        ArchitectureSpec spec = base.withTraining(base.training().withEpochs(1).withBatchSize(64));
        ImageSet test = RealMnist.trainTest().test();
        DataSplits splits = new DataSplits(RealMnist.trainTest().train().range(0, IMAGES), test.range(0, IMAGES),
                test.range(IMAGES, 2 * IMAGES));
        CountDownLatch callbackRegistered = new CountDownLatch(1);
        TrainingListener holdAtTheEpoch = new TrainingListener() {
            @Override
            public void onEpoch(EpochMetrics metrics) {
                try {
                    callbackRegistered.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };

        CompletableFuture<TrainingResult> result = new Dl4jTrainer().start(TrainingRequest.of(spec, splits),
                holdAtTheEpoch).result();
        // Registered while the run is still going: runs on the training thread when it ends.
        CompletableFuture<String> onTheTrainingThread = result.thenApply(ended ->
                Thread.currentThread().getName() + " " + ended.outcome() + " workspaces "
                        + Nd4j.getWorkspaceManager().getAllWorkspacesForCurrentThread().size());
        callbackRegistered.countDown();

        assertThat(onTheTrainingThread.get(300, TimeUnit.SECONDS))
                .startsWith("digitlab-training-").endsWith(RunOutcome.COMPLETED + " workspaces 0");
    }

    @Test
    void anEvaluationReleasesItsWorkspacesOnItsThread() throws Exception {
        var model = new org.digitlab.model.dl4j.Dl4jModelFiles().load(
                org.digitlab.model.SampleModels.all().stream()
                        .filter(p -> p.getFileName().toString().equals("cnn-3conv.zip")).findFirst().orElseThrow());
        ImageSet images = RealMnist.trainTest().test().range(0, IMAGES);

        var result = Dl4jEvaluator.evaluate(model, images);

        assertThat(result.examples()).isEqualTo(IMAGES);
        assertThat(Nd4j.getWorkspaceManager().getAllWorkspacesForCurrentThread()).isEmpty();
    }
}
