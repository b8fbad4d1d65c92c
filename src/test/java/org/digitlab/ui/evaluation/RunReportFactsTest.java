package org.digitlab.ui.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.EpochMetrics;
import org.digitlab.model.ModelFiles;
import org.digitlab.model.ModelMetadata;
import org.digitlab.model.Presets;
import org.digitlab.model.RunFacts;
import org.digitlab.model.SpecJson;
import org.digitlab.model.TrainedModel;
import org.digitlab.model.TrainingHistory;
import org.digitlab.training.EvaluationResult;
import org.digitlab.training.Predictions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run report does not overstate its run: a run stopped after 4 of 20 epochs on the first
 * 10,000 images says so in summary.txt, and its spec.json holds the 4 epochs that ran.
 */
class RunReportFactsTest {

    private static final int PLANNED = 20;
    private static final int RAN = 4;

    @Test
    void aStoppedLimitedRunSaysSoAndItsSpecHoldsTheEpochsRun(@TempDir Path dir) throws Exception {
        TrainedModel model = model(new RunFacts("stopped", PLANNED, RAN, 10_000, 50_000, 0), RAN);
        RunReport.write(dir, contents(model), Map.of(), noFiles());

        String summary = Files.readString(dir.resolve(RunReport.SUMMARY));
        assertThat(summary).contains(
                "trained on: mnist, 4 of 20 planned epochs (run stopped), on the first 10,000 of 50,000 training "
                        + "images (limited)",
                "run: ended early (stopped), limited to 10,000 training images",
                "epochs planned: 20, epochs run: 4",
                "weights: epoch 4 (the last)",
                "evaluated on: mnist, 2 held-out test images");
        assertThat(SpecJson.read(dir.resolve(RunReport.SPEC)).training().epochs()).isEqualTo(RAN);
    }

    @Test
    void aCompletedRunIsPlainAndItsSpecUnchanged(@TempDir Path dir) throws Exception {
        TrainedModel model = model(new RunFacts(RunFacts.COMPLETED, PLANNED, PLANNED, 50_000, 50_000, 17),
                PLANNED);
        RunReport.write(dir, contents(model), Map.of(), noFiles());

        String summary = Files.readString(dir.resolve(RunReport.SUMMARY));
        assertThat(summary).contains("trained on: mnist, 20 epochs, on all 50,000 training images", "run: completed",
                "weights: epoch 17 (best validation loss)").doesNotContain("stopped", "limited");
        assertThat(SpecJson.read(dir.resolve(RunReport.SPEC)).training().epochs()).isEqualTo(PLANNED);
    }

    private static RunReport.Contents contents(TrainedModel model) {
        Predictions predictions = new Predictions(new int[] {3, 5},
                new float[][] {{0, 0, 0, 1, 0, 0, 0, 0, 0, 0}, {0, 0, 0, 1, 0, 0, 0, 0, 0, 0}});
        return new RunReport.Contents(model, EvaluationResult.of(predictions, model.spec().training().loss()), "mnist",
                "held-out test");
    }

    private static ModelFiles noFiles() {
        return new ModelFiles() {
            @Override
            public void save(TrainedModel trained, Path file) throws java.io.IOException {
                Files.writeString(file, "model");
            }

            @Override
            public TrainedModel load(Path file) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static TrainedModel model(RunFacts facts, int epochs) {
        ArchitectureSpec spec = Presets.get("mlp-100");
        List<EpochMetrics> history = new java.util.ArrayList<>();
        for (int e = 1; e <= epochs; e++) {
            history.add(new EpochMetrics(e, 0.3, 0.9, 0.2, 0.95, 1, 100));
        }
        ModelMetadata metadata = new ModelMetadata("test", "mnist", spec.input(),
                List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), ModelMetadata.UNIT_PIXEL_SCALE, 42,
                Instant.EPOCH, null, null, facts);
        return new TrainedModel() {
            @Override
            public ArchitectureSpec spec() {
                return spec.withTraining(spec.training().withEpochs(PLANNED));
            }

            @Override
            public ModelMetadata metadata() {
                return metadata;
            }

            @Override
            public TrainingHistory history() {
                return new TrainingHistory(history);
            }

            @Override
            public TrainedModel withMetadata(ModelMetadata newMetadata) {
                return this;
            }
        };
    }
}
