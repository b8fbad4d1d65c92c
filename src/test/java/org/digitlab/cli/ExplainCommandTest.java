package org.digitlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.digitlab.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code explain} end to end on the sample CNN: the answer, the verdict, the nearest training
 * images and the maps as PNG; and every bad argument refused in one line before any work.
 */
class ExplainCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir Path dir;

    private int run(String... args) {
        return DigitLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** A 1 and a scribble drawn with Java2D, black on white as a scan. */
    private Path drawing(String name, int[][] points) throws Exception {
        BufferedImage image = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 300);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(18, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 1; i < points.length; i++) {
            g.drawLine(points[i - 1][0], points[i - 1][1], points[i][0], points[i][1]);
        }
        g.dispose();
        Path file = dir.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    @Slow
    @Test
    void aDigitGetsItsAnswerNearestTrainingImagesAndMapsAndAScribbleIsNotADigit() throws Exception {
        Path one = drawing("one.png", new int[][] {{160, 40}, {150, 260}});
        Path scribble = drawing("scribble.png", new int[][] {{40, 40}, {260, 60}, {50, 120}, {250, 150}, {60, 250},
            {250, 260}, {150, 30}, {140, 280}, {30, 200}, {280, 100}});
        Path maps = dir.resolve("maps");

        // the drawing model, the one the Draw view starts with and "not a digit" is measured on
        int status = run("explain", "--model", "cnn-batchnorm", "--json", "--out-dir", maps.toString(), "--class", "7",
                one.toString(), scribble.toString());

        assertThat(status).as(err.toString()).isZero();
        List<JsonNode> lines = out.toString().lines().map(ExplainCommandTest::json).toList();
        JsonNode first = lines.get(0);
        assertThat(first.get("prediction").asInt()).isEqualTo(1);
        assertThat(first.get("notADigit").asBoolean()).isFalse();
        assertThat(first.get("nearest")).hasSize(8);
        assertThat(first.get("nearest").get(0).get("label").asInt()).isEqualTo(1);
        assertThat(first.get("saliency")).hasSize(4); // two kinds for the answer 1 and for 7
        for (JsonNode map : first.get("saliency")) {
            BufferedImage png = ImageIO.read(Path.of(map.get("file").asText()).toFile());
            assertThat(png.getWidth()).isEqualTo(280);
        }
        assertThat(maps.resolve("one-occlusion-7.png")).exists();
        JsonNode second = lines.get(1);
        assertThat(second.get("prediction").isNull()).isTrue();
        assertThat(second.get("reason").asText()).isEqualTo("not-a-digit");
        assertThat(second.get("strangeness").asDouble()).isGreaterThan(second.get("threshold").asDouble());
        assertThat(first.get("strangeness").asDouble()).isLessThanOrEqualTo(first.get("threshold").asDouble());
        assertThat(second.get("cloudDistance").asDouble()).isGreaterThan(first.get("cloudDistance").asDouble());

        // the line for people gives the verdict and how strange, in shares of real digits, as Draw does
        out.getBuffer().setLength(0);
        assertThat(run("explain", "--model", "cnn-batchnorm", "--kind", "gradient", "--out-dir", maps.toString(),
                "--overwrite", scribble.toString())).isZero();
        assertThat(out.toString()).contains("no digit (not-a-digit)").containsPattern("stranger than \\d+\\.\\d% of real digits");

        // predict says the same, in the same words
        out.getBuffer().setLength(0);
        assertThat(run("predict", "--model", "cnn-batchnorm", "--json", scribble.toString())).isZero();
        JsonNode predicted = json(out.toString().strip());
        assertThat(predicted.get("prediction").isNull()).isTrue();
        assertThat(predicted.get("reason").asText()).isEqualTo("not-a-digit");
    }

    @Test
    void badArgumentsAreRefusedInOneLineBeforeAnyWork() throws Exception {
        Path one = drawing("one.png", new int[][] {{160, 40}, {150, 260}});
        Path notAFolder = Files.writeString(dir.resolve("file.txt"), "x");
        Path maps = Files.createDirectory(dir.resolve("maps"));
        Files.writeString(maps.resolve("one-occlusion-3.png"), "an older map");

        assertRefused(new String[] {"explain", "--model", "cnn-3conv", dir.resolve("missing.png").toString()},
                "missing.png: no such file");
        assertRefused(new String[] {"explain", "--model", "cnn-3conv", "--out-dir", notAFolder.toString(),
            one.toString()}, "is not a folder");
        assertRefused(new String[] {"explain", "--model", "cnn-3conv", "--out-dir", dir.resolve("a/b").toString(),
            one.toString()}, "does not exist; create it first");
        assertRefused(new String[] {"explain", "--model", "cnn-3conv", "--out-dir", maps.toString(), one.toString()},
                "one-occlusion-3.png exists; use --overwrite");
        assertRefused(new String[] {"explain", "--model", "cnn-3conv", "--kind", "saliency", one.toString()},
                "--kind: no map kind 'saliency'");
        assertRefused(new String[] {"explain", "--model", "cnn-3conv", "--accept", "1.5", one.toString()},
                "--accept: got 1.5");
        assertRefused(new String[] {"explain", "--model", "cnn-3conv", "--class", "12", one.toString()},
                "--class: got 12");
        assertRefused(new String[] {"explain", "--model", "no-such-model", one.toString()},
                "no model file no-such-model");
        assertThat(Files.readString(maps.resolve("one-occlusion-3.png"))).isEqualTo("an older map");
    }

    private void assertRefused(String[] args, String message) {
        err.getBuffer().setLength(0);
        assertThat(run(args)).as(String.join(" ", args)).isEqualTo(DigitLabCli.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains(message).doesNotContain("\tat ");
        assertThat(err.toString().strip().lines()).hasSize(1);
    }

    private static JsonNode json(String line) {
        try {
            return new ObjectMapper().readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}
