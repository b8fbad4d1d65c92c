package org.digitlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line end to end, in-process, as bin/digitlab runs it. */
class CommandLineTest {

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
        assertThat(out.toString()).containsPattern("Test \\(.*\\): loss: \\d\\.\\d{4} - acc: 0\\.\\d{4} - 10000 examples");
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
}
