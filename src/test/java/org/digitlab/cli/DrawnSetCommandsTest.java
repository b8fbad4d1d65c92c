package org.digitlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.digitlab.Slow;
import org.digitlab.data.DatasetStore;
import org.digitlab.data.collected.CollectedSets;
import org.digitlab.model.SampleModels;
import org.digitlab.ui.draw.ClassHandwriting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loop from the command line, in processes of their own with {@code DIGITLAB_HOME} set to a
 * temporary home (MNIST linked in from the usual cache): {@code datasets} lists a drawn set,
 * {@code evaluate --dataset} tests a model on it per writer, {@code finetune} teaches a new model
 * file and never overwrites, {@code datasets export} and {@code import} move it to a second home,
 * and a bad zip is one line and exit 2.
 */
@Slow
class DrawnSetCommandsTest {

    private static final long SECONDS = 600;

    @TempDir
    Path temp;

    private Path school;
    private Path home;

    @BeforeEach
    void homes() throws IOException {
        Path mnist = DatasetStore.defaultStore().home().resolve("datasets").resolve("mnist").toAbsolutePath();
        school = temp.resolve("school");
        home = temp.resolve("home");
        for (Path h : List.of(school, home)) {
            Files.createDirectories(h.resolve("datasets"));
            Files.createSymbolicLink(h.resolve("datasets").resolve("mnist"), mnist);
        }
        new CollectedSets(school.resolve("datasets")).save(ClassHandwriting.make("Class 7B", 2, 11));
    }

    @Test
    void aDrawnSetIsListedTestedTaughtAndMovedToAnotherHome() throws Exception {
        Path model = SampleModels.find("mlp-512-256").orElseThrow();
        Result listed = run(school, "datasets");
        assertThat(listed.out()).contains("drawn-class-7b").contains("60 drawings");

        Result evaluated = run(school, "evaluate", "--model", model.toString(), "--dataset", "drawn-class-7b");
        assertThat(evaluated.status()).as(evaluated.err()).isZero();
        assertThat(evaluated.out()).contains("on drawn-class-7b drawn:").contains("60 examples")
                .contains("By writer: Ana").contains("Ben").contains("Lea");

        Path taught = temp.resolve("taught.zip");
        Result tuned = run(school, "finetune", "--model", model.toString(), "--dataset", "drawn-class-7b",
                "--out", taught.toString(), "--epochs", "1", "--images", "300");
        assertThat(tuned.status()).as(tuned.err()).isZero();
        assertThat(tuned.out()).contains("MNIST test (10,000)").contains("drawn, held out (12)").contains("Saved");
        assertThat(taught).isRegularFile();
        Result again = run(school, "finetune", "--model", model.toString(), "--dataset", "drawn-class-7b",
                "--out", taught.toString());
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.lastErrorLine()).startsWith("digitlab: --out: ").contains("exists");
        Result self = run(school, "finetune", "--model", taught.toString(), "--dataset", "drawn-class-7b",
                "--out", taught.toString(), "--force");
        assertThat(self.status()).isEqualTo(2);
        assertThat(self.err()).contains("is the model file itself");

        Path zip = temp.resolve("class-7b.zip");
        assertThat(run(school, "datasets", "export", "drawn-class-7b", "--out", zip.toString()).status()).isZero();
        Result imported = run(home, "datasets", "import", zip.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported 60 drawings into 'Class 7B'");
        Result twice = run(home, "datasets", "import", zip.toString());
        assertThat(twice.out()).contains("Imported 0 drawings").contains("60 drawings already there");
        assertThat(run(home, "evaluate", "--model", taught.toString(), "--dataset", "drawn-class-7b").out())
                .contains("60 examples");

        Path bad = Files.writeString(temp.resolve("notes.zip"), "not a zip");
        Result refused = run(home, "datasets", "import", bad.toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.lastErrorLine()).startsWith("digitlab: ").contains("notes.zip: is not a zip file");
        assertThat(refused.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private record Result(int status, String out, String err) {
        /** The one line an error is, after whatever the native libraries logged on start-up. */
        String lastErrorLine() {
            List<String> lines = err.strip().lines().toList();
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }
    }

    private Result run(Path digitlabHome, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                DigitLabCli.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put(DatasetStore.HOME_ENV, digitlabHome.toString());
        Process process = builder.start();
        assertThat(process.waitFor(SECONDS, TimeUnit.SECONDS)).as("digitlab %s ended", String.join(" ", args)).isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
