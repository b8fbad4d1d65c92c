package org.digitlab.ui.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.digitlab.Slow;
import org.digitlab.data.DatasetStore;
import org.digitlab.data.ImageSet;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.EpochMetrics;
import org.digitlab.model.ModelFiles;
import org.digitlab.model.ModelMetadata;
import org.digitlab.model.Presets;
import org.digitlab.model.TrainedModel;
import org.digitlab.model.TrainingHistory;
import org.digitlab.training.EvaluationResult;
import org.digitlab.training.Evaluator;
import org.digitlab.training.Predictions;
import org.digitlab.data.DatasetSplit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The view-model with a fake evaluator (it says "label" for every image but calls every 4 a 9)
 * and direct executors, over the real MNIST cache: no FX toolkit, no network.
 */
@Slow
class EvaluationViewModelTest {

    private static final int FOURS_IN_MNIST_TEST = 982;

    private final AtomicInteger evaluations = new AtomicInteger();
    private final Evaluator fake = (model, set) -> {
        evaluations.incrementAndGet();
        int n = set.size();
        int[] actual = new int[n];
        float[][] probabilities = new float[n][10];
        for (int i = 0; i < n; i++) {
            actual[i] = set.label(i);
            int said = actual[i] == 4 ? 9 : actual[i];
            probabilities[i][said] = 0.51f + (i % 49) / 100f;
            probabilities[i][(said + 1) % 10] = 1 - probabilities[i][said];
        }
        return EvaluationResult.of(new Predictions(actual, probabilities), model.spec().training().loss());
    };
    private final EvaluationViewModel model = new EvaluationViewModel(Runnable::run, Runnable::run,
            DatasetStore.defaultStore(), fake, new FakeFiles());
    private final Gallery gallery = model.gallery();

    @Test
    void evaluatingFillsTheFiguresAndShowsTheMistakesMostConfidentFirst() {
        model.modelProperty().set(new FakeModel());
        assertThat(model.canEvaluateProperty().get()).isTrue();

        model.evaluate().join();

        EvaluationResult result = model.evaluatedProperty().get().result();
        assertThat(result.examples()).isEqualTo(10_000);
        assertThat(result.confusion()[4][9]).isEqualTo(FOURS_IN_MNIST_TEST);
        assertThat(gallery.modeProperty().get()).isEqualTo(Gallery.Mode.MISTAKES);
        assertThat(gallery.items()).hasSize(FOURS_IN_MNIST_TEST);
        assertThat(gallery.items()).isSortedAccordingTo((a, b) -> Double.compare(b.confidence(), a.confidence()));
        assertThat(gallery.selectedItemProperty().get()).isEqualTo(gallery.items().get(0));
        assertThat(model.statusProperty().get()).contains("accuracy 90.18%");
    }

    @Test
    void aCellsGalleryHoldsExactlyItsImages() {
        model.modelProperty().set(new FakeModel());
        model.evaluate().join();

        gallery.showCell(7, 7);
        assertThat(gallery.items()).hasSize(model.evaluatedProperty().get().result().confusion()[7][7]);
        assertThat(gallery.selectedCellProperty().get()).containsExactly(7, 7);
        ImageSet test = model.evaluatedProperty().get().images();
        assertThat(gallery.items()).allMatch(item -> test.label(item.index()) == 7);
        assertThat(gallery.image(gallery.items().get(0))).hasSize(28 * 28);

        gallery.showCell(4, 4);
        assertThat(gallery.items()).isEmpty();
        assertThat(gallery.titleProperty().get()).startsWith("0 images of 4 called 4");
    }

    @Test
    void changingTheSplitForgetsTheFiguresAndTheDatasetIsLoadedOnce() {
        model.modelProperty().set(new FakeModel());
        model.evaluate().join();
        model.splitProperty().set(DatasetSplit.TRAIN);

        assertThat(model.evaluatedProperty().get()).isNull();
        assertThat(gallery.items()).isEmpty();
        model.evaluate().join();
        assertThat(model.evaluatedProperty().get().result().examples()).isEqualTo(60_000);
        assertThat(evaluations).hasValue(2);
    }

    @Test
    void theReportHoldsEveryPromisedFile(@TempDir Path dir) throws Exception {
        model.modelProperty().set(new FakeModel());
        model.evaluate().join();

        List<Path> files = model.exportReport(dir, Map.of("chart", new Picture(2, 1, new int[] {-1, 0xff0072b2})))
                .join();

        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder(
                RunReport.SPEC, RunReport.SUMMARY, RunReport.HISTORY, RunReport.CONFUSION, RunReport.PER_CLASS,
                RunReport.PREDICTIONS, RunReport.MODEL, "chart.png");
        assertThat(Files.readAllLines(dir.resolve(RunReport.PREDICTIONS))).hasSize(10_001)
                .first().isEqualTo("Actual,Predictions,P0,P1,P2,P3,P4,P5,P6,P7,P8,P9");
        assertThat(Files.readAllLines(dir.resolve(RunReport.HISTORY))).hasSize(3)
                .element(1).asString().startsWith("1,0.300000,0.900000,0.200000,0.950000");
        assertThat(Files.readAllLines(dir.resolve(RunReport.CONFUSION))).hasSize(11)
                .element(5).asString().startsWith("4,0,0,0,0,0,0,0,0,0,982");
        assertThat(Files.readString(dir.resolve(RunReport.SUMMARY))).contains("seed: 42", "accuracy: 0.9018");
        assertThat(Files.readString(dir.resolve(RunReport.MODEL))).isEqualTo("model mlp-100");
        assertThat(javax.imageio.ImageIO.read(dir.resolve("chart.png").toFile()).getWidth()).isEqualTo(2);
    }

    /** The spec of mlp-100 with a two-epoch history; no network behind it. */
    private static final class FakeModel implements TrainedModel {
        private final ArchitectureSpec spec = Presets.get("mlp-100");

        @Override
        public ArchitectureSpec spec() {
            return spec;
        }

        @Override
        public ModelMetadata metadata() {
            return new ModelMetadata("test", "mnist", spec.input(),
                    List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), ModelMetadata.UNIT_PIXEL_SCALE, 42,
                    Instant.EPOCH, null, null);
        }

        @Override
        public TrainingHistory history() {
            return new TrainingHistory(List.of(new EpochMetrics(1, 0.3, 0.9, 0.2, 0.95, 1, 100),
                    new EpochMetrics(2, 0.2, 0.95, Double.NaN, Double.NaN, 1, 100)));
        }

        @Override
        public TrainedModel withMetadata(ModelMetadata newMetadata) {
            return this;
        }
    }

    /** Writes a line naming the model instead of a real model file. */
    private static final class FakeFiles implements ModelFiles {
        @Override
        public void save(TrainedModel trained, Path file) throws java.io.IOException {
            Files.writeString(file, "model " + trained.spec().id());
        }

        @Override
        public TrainedModel load(Path file) {
            throw new UnsupportedOperationException();
        }
    }
}
