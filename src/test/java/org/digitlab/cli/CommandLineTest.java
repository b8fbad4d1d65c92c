package org.digitlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.digitlab.Slow;
import org.digitlab.engine.dl4j.Dl4jEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line end to end, in-process, as bin/digitlab runs it. */
@Slow
class CommandLineTest {

    /** Far above any batch of mlp-100 on a slow laptop: a pause or a stop that hangs fails the test. */
    private static final double PAUSE_CEILING_MS = 5_000;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return DigitLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @ParameterizedTest
    @CsvSource({
        "mlp-100, '79,510'", "mlp-512-256, '535,818'", "mlp-sigmoid-mse, '468,874'",
        "mlp-dropout, '669,706'", "lenet5-small, '44,300'", "lenet5, '303,626'",
        "cnn-3conv, '72,842'", "cnn-batchnorm, '601,578'", "lenet5-classic, '61,706'",
        "mlp-512-256-uncentered, '1,740,042'", "cnn-3conv-uncentered, '158,858'"})
    void summaryOfEveryPresetEndsWithKerasTotal(String preset, String total) {
        assertThat(run("summary", "--arch", preset)).isZero();
        assertThat(out.toString()).contains("Total params: " + total);
    }

    @Test
    void unknownPresetIsBadInputWithoutStackTrace() {
        assertThat(run("summary", "--arch", "no-such-net")).isEqualTo(2);
        assertThat(err.toString()).contains("no-such-net").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void unknownOptionIsBadArguments() {
        assertThat(run("train", "--arch", "mlp-100", "--bogus")).isEqualTo(2);
    }

    @Test
    void datasetsReportsMnistAndFashionMnistPresent() {
        assertThat(run("datasets")).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).anyMatch(l -> l.startsWith("mnist ") && l.contains("present"));
        assertThat(lines).anyMatch(l -> l.startsWith("fashion-mnist ") && l.contains("present"));
    }

    @Test
    void predictReadsPngAndJpegOfAnySizeAndSaysNoDigitForABlankOne(@TempDir Path dir) throws Exception {
        var test = org.digitlab.RealMnist.trainTest().test();
        Path seven = dir.resolve("seven.png");
        Path jpeg = dir.resolve("two-on-black.jpg");
        Path blank = dir.resolve("blank.png");
        ImageIO.write(drawn(test, 0, false), "png", seven.toFile());   // test image 0 is a 7
        ImageIO.write(drawn(test, 1, true), "jpg", jpeg.toFile());     // test image 1 is a 2
        ImageIO.write(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB), "png", blank.toFile());

        assertThat(run("predict", "--model", "mlp-512-256", "--json", seven.toString(), jpeg.toString(),
                blank.toString())).as(err.toString()).isZero();
        List<JsonNode> lines = new java.util.ArrayList<>();
        for (String line : out.toString().strip().split("\\R")) {
            lines.add(new ObjectMapper().readTree(line));
        }
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0).get("image").asText()).endsWith("seven.png");
        assertThat(lines.get(0).get("prediction").asInt()).isEqualTo(7);
        assertThat(lines.get(0).get("probabilities")).hasSize(10);
        assertThat(lines.get(1).get("prediction").asInt()).isEqualTo(2);
        assertThat(lines.get(2).get("prediction").isNull()).isTrue();
    }

    /** An MNIST test digit drawn 10× bigger, dark on white or (inverted) light on black. */
    private static BufferedImage drawn(org.digitlab.data.ImageSet set, int index, boolean lightOnDark) {
        int scale = 10;
        BufferedImage image = new BufferedImage(28 * scale + 60, 28 * scale + 20, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int r = (y - 10) / scale;
                int c = (x - 30) / scale;
                int ink = y >= 10 && x >= 30 && r < 28 && c < 28 ? set.pixel(index, r, c) : 0;
                int grey = lightOnDark ? ink : 255 - ink;
                image.setRGB(x, y, grey << 16 | grey << 8 | grey);
            }
        }
        return image;
    }

    @Test
    void corruptModelFileIsBadInputNamingTheFile(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("broken-model.zip");
        Files.writeString(bad, "not a zip");
        assertThat(run("evaluate", "--model", bad.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("broken-model.zip").doesNotContain("\tat ");
    }

    @Test
    void trainEvaluateAndExportEndToEnd(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("mlp.zip");
        int status = run("train", "--arch", "mlp-100", "--epochs", "2", "--batch", "64", "--limit", "3000",
                "--out", model.toString());
        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern(
                "Epoch 2/2 - \\d+\\.\\ds - \\d+ ex/s - loss: \\d\\.\\d{4} - acc: \\d\\.\\d{4}");
        assertThat(out.toString())
                .containsPattern("Test \\(.*\\): loss: \\d\\.\\d{4} - acc: 0\\.\\d{4} - 10000 test examples");
        assertThat(model).exists();

        out.getBuffer().setLength(0);
        assertThat(run("evaluate", "--model", model.toString(), "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("examples").asInt()).isEqualTo(10_000);
        assertThat(json.get("accuracy").asDouble()).isGreaterThan(0.85);
        assertThat(json.get("confusion")).hasSize(10);
        long total = 0;
        long diagonal = 0;
        for (int r = 0; r < 10; r++) {
            for (int c = 0; c < 10; c++) {
                total += json.get("confusion").get(r).get(c).asLong();
            }
            diagonal += json.get("confusion").get(r).get(r).asLong();
        }
        assertThat(total).isEqualTo(10_000);
        assertThat(diagonal / 10_000.0).isEqualTo(json.get("accuracy").asDouble());

        Path csv = dir.resolve("predictions.csv");
        assertThat(run("export-predictions", "--model", model.toString(), "--out", csv.toString())).isZero();
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows).hasSize(10_001);
        assertThat(rows.get(0)).isEqualTo("Actual,Predictions,P0,P1,P2,P3,P4,P5,P6,P7,P8,P9");
    }

    @Test
    void trainFromAModelFileContinuesItsEpochs(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first.zip");
        assertThat(run("train", "--arch", "mlp-100", "--epochs", "1", "--batch", "64", "--limit", "2000",
                "--out", first.toString())).as(err.toString()).isZero();
        out.getBuffer().setLength(0);
        Path more = dir.resolve("more.zip");

        int status = run("train", "--from", first.toString(), "--epochs", "2", "--lr", "0.0005", "--limit", "2000",
                "--out", more.toString());

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Continuing " + first + " after its 1 epoch" + System.lineSeparator())
                .contains("adam lr 5.0E-4").containsPattern("Epoch 2/3 - ").containsPattern("Epoch 3/3 - ");
        assertThat(Dl4jEngine.create().modelFiles().load(more).history().lastEpoch()).isEqualTo(3);
    }

    @Test
    void continuingAModelAsAnotherArchitectureIsBadInputNamingTheFile(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("first.zip");
        assertThat(run("train", "--arch", "mlp-100", "--epochs", "1", "--limit", "500",
                "--out", first.toString())).isZero();

        assertThat(run("train", "--arch", "mlp-512-256", "--from", first.toString(), "--out",
                dir.resolve("x.zip").toString())).isEqualTo(2);
        assertThat(err.toString()).contains(first.toString()).contains("cannot continue training mlp-512-256");
    }

    @Test
    void benchControlTimesPauseAndStopOnARealRun() throws Exception {
        assertThat(run("bench-control", "--arch", "mlp-100", "--pauses", "2", "--warm-up", "0"))
                .as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("arch").asText()).isEqualTo("mlp-100");
        assertThat(json.get("batch_ms").asDouble()).isPositive();
        // A pause acts at the next batch boundary: well under a second for mlp-100, never a whole epoch.
        assertThat(json.get("pause_ms_median").asDouble()).isNotNegative();
        assertThat(json.get("pause_ms_max").asDouble()).isLessThan(PAUSE_CEILING_MS);
        assertThat(json.get("stop_ms").asDouble()).isPositive().isLessThan(PAUSE_CEILING_MS);
    }
}
