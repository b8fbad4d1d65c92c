package org.digitlab.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.digitlab.inference.GrayImage;
import org.digitlab.inference.Prediction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The challenge's gallery: bounded, and exported as PNGs and a CSV that read back as they were kept. */
class FoolGalleryTest {

    private static final Instant NOON = Instant.parse("2026-12-01T12:00:00Z");

    /** A drawing of {@code width × height} with a diagonal stroke whose ink depends on {@code seed}. */
    private static Fool fool(int width, int height, int seed, int intended, int answer, String model) {
        byte[] pixels = new byte[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = (byte) (Math.abs(x - y) < 2 ? (seed * 37 + x) % 200 : 255);
            }
        }
        return new Fool(width, height, pixels, intended, answer, 0.5 + seed / 10.0, model, NOON.plusSeconds(seed));
    }

    @Test
    void exportWritesPngsAndACsvThatReadBackAsKept(@TempDir Path dir) throws Exception {
        List<Fool> fools = List.of(fool(40, 30, 1, 4, 9, "mlp-100 · 97.49%"), fool(28, 28, 2, 7, 1, "cnn, \"best\""),
                fool(64, 64, 3, 3, 8, "lenet5"));
        Path gallery = dir.resolve("gallery");
        List<Path> written = FoolGallery.export(fools, gallery);

        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly(
                "fool-01-drew-4-read-9.png", "fool-02-drew-7-read-1.png", "fool-03-drew-3-read-8.png", "fools.csv");
        List<String> rows = Files.readAllLines(gallery.resolve(FoolGallery.CSV));
        assertThat(rows).containsExactly("file,intended,answer,confidence,model,time",
                "fool-01-drew-4-read-9.png,4,9,0.6000,mlp-100 · 97.49%,2026-12-01T12:00:01Z",
                "fool-02-drew-7-read-1.png,7,1,0.7000,\"cnn, \"\"best\"\"\",2026-12-01T12:00:02Z",
                "fool-03-drew-3-read-8.png,3,8,0.8000,lenet5,2026-12-01T12:00:03Z");
        for (int i = 0; i < fools.size(); i++) {
            Fool kept = fools.get(i);
            BufferedImage image = ImageIO.read(written.get(i).toFile());
            assertThat(image.getWidth()).isEqualTo(kept.width());
            assertThat(image.getHeight()).isEqualTo(kept.height());
            for (int y = 0; y < kept.height(); y++) {
                for (int x = 0; x < kept.width(); x++) {
                    assertThat(image.getRaster().getSample(x, y, 0)).as("pixel %d,%d", x, y).isEqualTo(kept.pixel(x, y));
                }
            }
        }
        assertThat(Files.list(gallery).filter(p -> p.toString().contains(".tmp-"))).isEmpty();
    }

    @Test
    void exportRefusesAFileWhereTheFolderShouldBe(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("gallery"), "a file");
        assertThatThrownBy(() -> FoolGallery.export(List.of(fool(5, 5, 1, 1, 2, "m")), file))
                .hasMessageStartingWith(file + " is not a folder");
    }

    @Test
    void theStoreKeepsTheNewestUpToItsCapacity() {
        FoolStore store = new FoolStore(2);
        Fool first = fool(5, 5, 1, 1, 2, "m");
        Fool second = fool(5, 5, 2, 3, 5, "m");
        Fool third = fool(5, 5, 3, 4, 9, "m");
        assertThat(store.add(first)).isNull();
        assertThat(store.add(second)).isNull();
        assertThat(store.add(third)).isEqualTo(first);
        assertThat(store.fools()).containsExactly(second, third);
        assertThat(store.remove(second)).isTrue();
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void aFoolIsADrawingTheModelGotWrong() {
        GrayImage drawing = GrayImage.blank(20, 10);
        float[] probabilities = new float[10];
        probabilities[9] = 0.8f;
        probabilities[4] = 0.2f;
        Fool fool = Fool.of(drawing, 4, Prediction.of(probabilities), "mlp-100", NOON);
        assertThat(fool.answer()).isEqualTo(9);
        assertThat(fool.confidence()).isEqualTo(0.8f);
        assertThat(fool.drawing().values()).containsOnly(GrayImage.WHITE);
        assertThatThrownBy(() -> Fool.of(drawing, 9, Prediction.of(probabilities), "mlp-100", NOON))
                .hasMessage("not a fool: the model read the 9 right");
        assertThatThrownBy(() -> new Fool(2000, 2000, new byte[4_000_000], 1, 2, 0.5, "m", NOON))
                .hasMessageContaining("1 to 1024 pixels a side");
    }

    @Test
    void aFoolsPixelsCannotBeChangedFromOutside() {
        byte[] pixels = new byte[4];
        Fool fool = new Fool(2, 2, pixels, 1, 2, 0.5, "m", NOON);
        pixels[0] = 7;
        fool.pixels()[1] = 9;
        assertThat(fool.pixels()).containsOnly(0);
    }
}
