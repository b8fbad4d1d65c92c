package org.digitlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.digitlab.Slow;
import org.digitlab.model.Presets;
import org.digitlab.model.SpecJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * What the user gives the command line is checked at the edge, before data loads or an epoch
 * runs, and every failure ends as one line and an exit status (issue #15, defects 1-4, 9, 10).
 */
@Slow
class EdgeChecksTest {

    /** Printed only once the dataset has loaded: its absence proves a refusal came first. */
    private static final String DATA_LOADED = "Training mlp-100 on";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir Path dir;

    private int run(String... args) {
        return DigitLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private void assertRefusedBeforeTraining(int status, String... named) {
        assertThat(status).as(err.toString()).isEqualTo(DigitLabCli.EXIT_BAD_INPUT);
        assertThat(out.toString()).doesNotContain(DATA_LOADED).doesNotContain("Epoch ");
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).startsWith("digitlab: ").doesNotContain("\tat ").doesNotContain(".tmp-")
                .contains(named);
    }

    @Test
    void outThatIsASymbolicLinkIsRefusedAndTheLinkAndItsTargetStayAsTheyWere() throws Exception {
        Path precious = Files.writeString(dir.resolve("precious.txt"), "keep me");
        Path link = Files.createSymbolicLink(dir.resolve("model.zip"), precious);

        assertRefusedBeforeTraining(run("train", "--arch", "mlp-100", "--epochs", "1", "--limit", "64",
                "--out", link.toString()), link.toString(), "symbolic link");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(precious)).isEqualTo("keep me");
    }

    @Test
    void outThatIsAFolderIsRefusedBeforeTraining() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("models"));

        assertRefusedBeforeTraining(run("train", "--arch", "mlp-100", "--epochs", "1", "--limit", "64",
                "--out", folder.toString()), folder.toString(), "is a folder");
        assertThat(Files.isDirectory(folder)).isTrue();
    }

    /** Root ignores read-only folders, so an unwritable place is one whose "folder" is a file. */
    @Test
    void outWhoseFolderCannotTakeAFileIsRefusedBeforeAnyEpochNamingTheOutPath() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "text");
        Path target = notAFolder.resolve("model.zip");

        assertRefusedBeforeTraining(run("train", "--arch", "mlp-100", "--epochs", "1", "--limit", "64",
                "--out", target.toString()), target.toString(), "cannot be written");
    }

    @Test
    void exportPredictionsChecksItsOutBeforeEvaluating() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("predictions.csv"), dir.resolve("elsewhere.csv"));

        int status = run("export-predictions", "--model", "mlp-100", "--out", link.toString());

        assertThat(status).isEqualTo(DigitLabCli.EXIT_BAD_INPUT);
        assertThat(err.toString()).contains(link.toString(), "symbolic link");
        assertThat(out.toString()).doesNotContain("Wrote");
    }

    @Test
    void aThousandOutputClassesOnMnistAreRefusedBeforeTrainingSoNoUnusableModelIsWritten() throws Exception {
        Path spec = mlp100Spec("\"numClasses\" : 10", "\"numClasses\" : 1000",
                "\"units\" : 10,", "\"units\" : 1000,");
        Path model = dir.resolve("model.zip");

        assertRefusedBeforeTraining(run("train", "--spec", spec.toString(), "--epochs", "1", "--limit", "64",
                "--out", model.toString()), spec.toString(), "numClasses", "10 classes of mnist");
        assertThat(model).doesNotExist();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "--epochs, -1, --epochs", "--epochs, 0, --epochs", "--epochs, 1000000, --epochs",
        "--lr, NaN, --lr", "--lr, -1, --lr", "--lr, Infinity, --lr", "--lr, 0, --lr",
        "--batch, 0, --batch", "--batch, 10000000, --batch"})
    void settingsNoRunCanUseAreRefusedBeforeTheDataLoads(String option, String value, String named) {
        String epochs = option.equals("--epochs") ? "--patience" : "--epochs"; // one epoch, unless tested
        assertRefusedBeforeTraining(run("train", "--arch", "mlp-100", epochs, option.equals("--epochs") ? "0" : "1",
                "--limit", "64", option, value, "--out", dir.resolve("m.zip").toString()), named);
    }

    @Test
    void aMistypedOptionIsOneLineThatPointsToTheHelp() {
        assertThat(run("train", "--arch", "mlp-100", "--epochz", "3", "--out", "m.zip")).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("digitlab: Unknown option").endsWith("(see: digitlab train --help)");
    }

    @Test
    void anUnknownAugmentationIsOneLineNamingTheChoices() {
        assertRefusedBeforeTraining(run("train", "--arch", "mlp-100", "--augment", "sketch", "--out", "m.zip"),
                "--augment", "sketch", "use draw or none");
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "\"numClasses\" : 10|\"numClasses\" : 5|numClasses",
        "\"height\" : 28, \"width\" : 28|\"height\" : 56, \"width\" : 56|input shape"})
    void aSpecThatDoesNotFitItsDatasetIsRefusedNamingTheField(String from, String to, String field)
            throws Exception {
        String json = SpecJson.toJson(Presets.get("mlp-100")).replaceAll("\\s*\\n\\s*", " ");
        Path spec = Files.writeString(dir.resolve("net.json"), json.replace(from, to));

        assertRefusedBeforeTraining(run("train", "--spec", spec.toString(), "--epochs", "1", "--limit", "64",
                "--out", dir.resolve("m.zip").toString()), "net.json: " + field, "mnist");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a Dense layer of 2e9 units|\"units\" : 100,|\"units\" : 2000000000,|layer 1 (dense)",
        "an input of 100000 pixels a side|\"height\" : 28|\"height\" : 100000|input shape",
        "a padding of 1e9|{ \"type\" : \"Flatten\" }|{ \"type\" : \"ZeroPadding2D\", \"pad\" : 1000000000 },"
                + " { \"type\" : \"Flatten\" }|layer 0 (zero_padding2d)"})
    void aModelTooLargeForALaptopIsRefusedBySummaryAndTrainNamingTheLayer(String what, String from, String to,
            String named) throws Exception {
        String json = SpecJson.toJson(Presets.get("mlp-100")).replaceAll("\\s*\\n\\s*", " ");
        assertThat(json).contains(from);
        Path spec = Files.writeString(dir.resolve("big.json"), json.replace(from, to));

        assertThat(run("summary", "--spec", spec.toString())).as(err.toString()).isEqualTo(2);
        assertThat(out.toString()).doesNotContain("Total params");
        assertThat(err.toString()).contains(named).doesNotContain("\tat ");
        assertThat(err.toString().lines()).hasSize(1);

        err.getBuffer().setLength(0);
        assertRefusedBeforeTraining(run("train", "--spec", spec.toString(), "--out",
                dir.resolve("m.zip").toString()), named);
    }

    @Test
    void adamAtAHugeLearningRateStopsWithADiagnosisAndNoModel() {
        Path model = dir.resolve("adam.zip");

        int status = run("train", "--arch", "mlp-100", "--optimizer", "adam", "--lr", "1e12", "--epochs", "2",
                "--limit", "3200", "--out", model.toString());

        assertThat(status).isEqualTo(DigitLabCli.EXIT_FAILURE);
        assertThat(err.toString()).contains("The loss diverged at epoch 1", "far above", "smaller learning rate");
        assertThat(model).doesNotExist();
    }

    @Test
    void anOutOfMemoryErrorEndsAsOneLineWithAdviceAndExitOne() {
        CommandLine cli = new CommandLine(new Exhausting());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setErr(new PrintWriter(err, true));

        int status = DigitLabCli.execute(cli, "--size", "5");

        assertThat(status).isEqualTo(DigitLabCli.EXIT_FAILURE);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).startsWith("digitlab: ran out of memory while running")
                .contains("try a smaller batch, model or input file", ErrorHandler.MORE_MEMORY)
                .doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
    }

    @Test
    void launchersSendACrashReportOfTheJvmToTheTempFolderNotTheUsersFolder() throws Exception {
        assertThat(Files.readString(Path.of("bin/digitlab"), StandardCharsets.UTF_8))
                .contains("-XX:ErrorFile=");
        assertThat(Files.readString(Path.of("bin/digitlab.cmd"), StandardCharsets.UTF_8))
                .contains("-XX:ErrorFile=%TEMP%");
    }

    private Path mlp100Spec(String... replacements) throws Exception {
        String json = SpecJson.toJson(Presets.get("mlp-100"));
        for (int i = 0; i < replacements.length; i += 2) {
            assertThat(json).contains(replacements[i]);
            json = json.replace(replacements[i], replacements[i + 1]);
        }
        return Files.writeString(dir.resolve("spec.json"), json);
    }

    /** A command that runs out of memory, as a 20,000 × 20,000 image or a huge layer would. */
    @Command(name = "exhausting")
    static final class Exhausting implements Callable<Integer> {
        @CommandLine.Option(names = "--size") int size;

        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }
}
