package org.digitlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.digitlab.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code digitlab lesson list|show|check}, in-process as bin/digitlab runs it. */
class LessonCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return DigitLabCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void listNamesTheFiveLessonsWithStepsAndTimeBudget() {
        assertThat(run("lesson", "list")).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).contains("id").contains("title").contains("steps").contains("time budget");
        assertThat(lines.get(3)).matches("002\\s+Why won't it learn\\?\\s+6\\s+6\\s+45 min");
    }

    @Test
    void showPrintsALessonThatReadsBackAsAFile(@TempDir Path dir) throws Exception {
        assertThat(run("lesson", "show", "003")).isZero();
        Path copy = Files.writeString(dir.resolve("my-lesson.json"), out.toString());
        assertThat(org.digitlab.lesson.LessonJson.read(copy).title()).isEqualTo("When to stop");
    }

    @Test
    @Slow
    void checkRehearsesABuiltInLessonOnRealMnistAndPasses() {
        int status = run("lesson", "check", "004", "--limit", "10000");
        String text = out.toString();
        assertThat(status).as(text + err).isZero();
        assertThat(text).startsWith("Lesson 004: What does the network think? (5 steps, 45 min)");
        assertThat(text).containsPattern("  1\\. train: mlp-100, 5 epochs on 10,000 images, \\d+\\.\\d s,"
                + " test 9\\d\\.\\d%: passed \\(test accuracy 9\\d\\.\\d% is at least 90%\\)");
        assertThat(text).contains("  4. preprocessing: no training: passed (centre-of-mass is false)");
        assertThat(text).containsPattern("  5\\. probes: mlp-100, 3 epochs on 10,000 images, .*: in the window");
        assertThat(text).containsPattern("  total training \\d+\\.\\d s of 45 min \\(\\d+%\\), .* left for teaching;"
                + " every check passed");
    }

    @Test
    void aBadLessonFileIsOneLineNamingFileStepAndFieldWithStatus2(@TempDir Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode lesson = (ObjectNode) json.readTree(org.digitlab.lesson.BuiltInLessons.text("002"));
        ((ObjectNode) lesson.get("steps").get(2).get("action").get("setup")).put("epochs", 0);
        Path file = dir.resolve("broken.json");
        json.writeValue(file.toFile(), lesson);

        assertThat(run("lesson", "check", file.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("digitlab: " + file
                + ": step 3 'optimizer', field action.setup.epochs: got 0; use 1 to 200, e.g. 5");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void checkWantsLessonsOrAll() {
        assertThat(run("lesson", "check")).isEqualTo(2);
        assertThat(err.toString()).contains("give lesson files or ids, or --all");
        assertThat(run("lesson", "check", "007")).isEqualTo(2);
        assertThat(err.toString()).contains("no lesson file or built-in lesson '007'; the built-in lessons are 000,");
    }
}
