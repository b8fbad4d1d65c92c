package org.digitlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.digitlab.EvilFiles;
import org.digitlab.engine.dl4j.Dl4jEngine;
import org.digitlab.model.SampleModels;
import org.digitlab.model.dl4j.Dl4jTrainedModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code predict} with bad files among good ones: every good one answered, every bad one named. */
class PredictBadInputTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir Path dir;

    private int run(String... args) {
        return DigitLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void everyGoodImageIsAnsweredAndEveryBadOneNamedThenExit2() throws Exception {
        Path first = blank("first.png");
        Path garbage = Files.writeString(dir.resolve("garbage.png"), "not an image");
        Path bomb = Files.write(dir.resolve("bomb.png"), EvilFiles.hugePng(20_000, 20_000));
        Path last = blank("last.png");
        Path missing = dir.resolve("missing.png");

        int status = run("predict", "--model", "mlp-512-256", first.toString(), garbage.toString(),
                bomb.toString(), last.toString(), missing.toString());

        assertThat(status).isEqualTo(DigitLabCli.EXIT_BAD_INPUT);
        List<String> answers = out.toString().lines().toList();
        assertThat(answers).containsExactly(first + ": no digit (blank)", last + ": no digit (blank)");
        assertThat(err.toString())
                .contains(garbage + ": not an image")
                .contains(bomb + ": 20000×20000 pixels is more than the 16 megapixels")
                .contains(missing + ": no such file")
                .contains("3 of 5 images could not be read")
                .doesNotContain("\tat ");
    }

    @Test
    void jsonLinesKeepOneLinePerImageWithTheErrorInIt() throws Exception {
        Path good = blank("good.png");
        Path bad = Files.writeString(dir.resolve("bad.jpg"), "nope");

        assertThat(run("predict", "--model", "mlp-512-256", "--json", bad.toString(), good.toString()))
                .isEqualTo(DigitLabCli.EXIT_BAD_INPUT);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"error\":\"" + bad + ": not an image");
        assertThat(lines.get(1)).contains("good.png").contains("\"prediction\":null");
    }

    @Test
    void modelWithNanWeightsIsRefusedNamingTheFileInsteadOfAnsweringNan() throws Exception {
        var files = Dl4jEngine.create().modelFiles();
        var model = Dl4jTrainedModel.of(files.load(SampleModels.find("mlp-512-256").orElseThrow()));
        model.network().params().putScalar(0, Float.NaN);
        Path diverged = dir.resolve("diverged.zip");
        files.save(model, diverged);

        assertThat(run("predict", "--model", diverged.toString(), blank("x.png").toString()))
                .isEqualTo(DigitLabCli.EXIT_BAD_INPUT);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).contains("diverged.zip: its weights contain NaN")
                .contains("retrain it").doesNotContain("\tat ");
    }

    private Path blank(String name) throws Exception {
        Path file = dir.resolve(name);
        ImageIO.write(new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB), "png", file.toFile());
        return file;
    }
}
