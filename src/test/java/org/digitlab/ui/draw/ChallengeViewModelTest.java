package org.digitlab.ui.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.digitlab.inference.GrayImage;
import org.digitlab.inference.Prediction;
import org.digitlab.lesson.FoolGallery;
import org.digitlab.lesson.FoolStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The challenge's state without the FX toolkit: direct executors, a fixed clock, a 4 × 4 drawing. */
class ChallengeViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    private final GrayImage drawing = GrayImage.blank(4, 4);
    private final ChallengeViewModel challenge = new ChallengeViewModel(Runnable::run, Runnable::run, CLOCK,
            new FoolStore(3), () -> drawing);

    @Test
    void keepIsEnabledOnlyWhenTheModelReadsAnotherDigit() {
        assertThat(challenge.canKeepProperty().get()).as("no answer, no digit chosen").isFalse();
        challenge.predictionProperty().set(answer(9, 0.87f));
        assertThat(challenge.canKeepProperty().get()).as("no digit chosen").isFalse();

        challenge.intendedProperty().set(9);
        assertThat(challenge.canKeepProperty().get()).as("the model read it right").isFalse();
        challenge.intendedProperty().set(4);
        assertThat(challenge.canKeepProperty().get()).isTrue();
        challenge.predictionProperty().set(null);
        assertThat(challenge.canKeepProperty().get()).as("the drawing was cleared").isFalse();
    }

    @Test
    void keepingStoresTheDrawingTheDigitsAndTheModel() {
        drawing.values()[5] = 0;
        challenge.modelNameProperty().set("mlp-512-256");
        challenge.predictionProperty().set(answer(9, 0.87f));
        challenge.intendedProperty().set(4);

        challenge.keep();

        assertThat(challenge.fools()).singleElement().satisfies(fool -> {
            assertThat(fool.intended()).isEqualTo(4);
            assertThat(fool.answer()).isEqualTo(9);
            assertThat(fool.confidence()).isCloseTo(0.87, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(fool.model()).isEqualTo("mlp-512-256");
            assertThat(fool.time()).isEqualTo(CLOCK.instant());
            assertThat(fool.pixel(1, 1)).isZero();
            assertThat(fool.pixel(0, 0)).isEqualTo(255);
        });
        assertThat(challenge.galleryTitleProperty().get()).isEqualTo("Fools (1)");
        assertThat(FoolsView.caption(challenge.fools().get(0))).isEqualTo("drew 4 · model said 9 (87%)");
    }

    @Test
    void aRightAnswerIsNotKept() {
        challenge.predictionProperty().set(answer(4, 0.99f));
        challenge.intendedProperty().set(4);

        challenge.keep();

        assertThat(challenge.fools()).isEmpty();
    }

    @Test
    void theGalleryKeepsTheNewestUpToItsCapacity() {
        challenge.predictionProperty().set(answer(9, 0.6f));
        for (int digit : List.of(0, 1, 2, 3, 4)) {
            challenge.intendedProperty().set(digit);
            challenge.keep();
        }

        assertThat(challenge.fools()).extracting(f -> f.intended()).containsExactly(2, 3, 4);
        assertThat(challenge.galleryTitleProperty().get()).isEqualTo("Fools (3)");
        assertThat(challenge.store().size()).isEqualTo(3);
    }

    @Test
    void exportWritesThePicturesAndTheCsv(@TempDir Path folder) throws Exception {
        challenge.predictionProperty().set(answer(9, 0.6f));
        challenge.intendedProperty().set(4);
        challenge.keep();
        Path out = folder.resolve("class");

        challenge.export(out);

        assertThat(out.resolve(FoolGallery.CSV)).exists();
        assertThat(Files.readAllLines(out.resolve(FoolGallery.CSV))).hasSize(2);
        assertThat(out.resolve("fool-01-drew-4-read-9.png")).exists();
        assertThat(challenge.statusProperty().get()).startsWith("Exported 1 fool to");
        assertThat(challenge.exportingProperty().get()).isFalse();
    }

    @Test
    void aFoolOpensAsASquareInkImage() {
        drawing.values()[5] = 0;
        challenge.predictionProperty().set(answer(9, 0.6f));
        challenge.intendedProperty().set(4);
        challenge.keep();

        float[] image = ChallengeViewModel.inkImage(challenge.fools().get(0));

        assertThat(image).hasSize(16);
        assertThat(image[5]).isEqualTo(1f);
        assertThat(image[0]).isZero();
    }

    private static Prediction answer(int digit, float confidence) {
        float[] p = new float[10];
        float rest = (1 - confidence) / 9;
        for (int i = 0; i < 10; i++) {
            p[i] = i == digit ? confidence : rest;
        }
        return Prediction.of(p);
    }
}
