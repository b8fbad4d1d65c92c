package org.digitlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.digitlab.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code digitlab robustness} end to end: the CSV it writes, and bad input refused before any work. */
@Slow
class RobustnessCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir Path dir;

    private int run(String... args) {
        return DigitLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private void assertRefused(int status, String... named) {
        assertThat(status).as(err.toString()).isEqualTo(DigitLabCli.EXIT_BAD_INPUT);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).startsWith("digitlab: ").doesNotContain("\tat ").contains(named);
    }

    @Test
    void twoModelsGiveOneRowPerModelDistortionAndAmount() throws Exception {
        Path csv = dir.resolve("sweep.csv");
        Files.writeString(csv, "old");
        int status = run("robustness", "--model", "mlp-512-256", "--model", "cnn-3conv", "--csv", csv.toString(),
                "--limit", "200", "--distortions", "shift,noise");
        assertThat(status).as(err.toString()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("model,distortion,amount,unit,accuracy,examples");
        assertThat(lines).hasSize(1 + 2 * (11 + 6));
        assertThat(lines).contains(lines.stream().filter(l -> l.startsWith("cnn-3conv,shift,4,px,")).findFirst()
                .orElseThrow());
        assertThat(lines.stream().filter(l -> l.startsWith("mlp-512-256,noise,0.50,sigma,"))).hasSize(1);
        assertThat(lines.stream().skip(1)).allSatisfy(l -> assertThat(l).endsWith(",200"));
        assertThat(out.toString()).contains("mlp-512-256").contains("cnn-3conv").contains("sweep mean")
                .contains("wrote " + csv);
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(csv); // no temporary file left behind
        }
    }

    @Test
    void anUnknownDistortionIsNamedWithTheKnownOnes() {
        assertRefused(run("robustness", "--model", "mlp-512-256", "--csv", dir.resolve("a.csv").toString(),
                "--distortions", "shift,blur"), "blur", "shift, rotate".replace(", ", ","));
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertRefused(run("robustness", "--model", "mlp-512-256", "--csv", dir.resolve("a.csv").toString(),
                "--limit", "0"), "--limit");
    }

    @Test
    void anUnknownModelIsRefusedBeforeTheCsvIsChecked() {
        assertRefused(run("robustness", "--model", "no-such-model", "--csv", dir.resolve("a.csv").toString()),
                "no-such-model");
    }

    @Test
    void aCsvInAMissingFolderIsRefusedBeforeAnyModelLoads() {
        Path csv = dir.resolve("missing/sweep.csv");
        assertRefused(run("robustness", "--model", "cnn-3conv", "--csv", csv.toString()), csv.toString(),
                "does not exist");
        assertThat(Files.exists(csv.getParent())).isFalse();
    }

    @Test
    void aFolderAsCsvIsRefused() {
        assertRefused(run("robustness", "--model", "cnn-3conv", "--csv", dir.toString()), "is a folder");
    }
}
