package org.digitlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code digitlab --lesson FILE}: the file checked before any window opens. */
class WindowArgumentsTest {

    private final StringWriter err = new StringWriter();

    private String[] check(String... args) {
        return WindowArguments.check(new PrintWriter(err, true), args);
    }

    @Test
    void onlyLessonArgumentsOpenTheWindow() {
        assertThat(WindowArguments.opensWindow("--lesson", "a.json")).isTrue();
        assertThat(WindowArguments.opensWindow("--lesson=a.json")).isTrue();
        assertThat(WindowArguments.opensWindow("lesson", "list")).isFalse();
        assertThat(WindowArguments.opensWindow()).isFalse();
    }

    @Test
    void aBadLessonFileIsOneLineNamingFileStepAndFieldAndNoWindow(@TempDir Path dir) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode lesson = (ObjectNode) json.readTree(org.digitlab.lesson.BuiltInLessons.text("002"));
        ((ObjectNode) lesson.get("steps").get(2).get("action").get("setup")).put("epochs", 0);
        Path file = dir.resolve("broken.json");
        json.writeValue(file.toFile(), lesson);

        assertThat(check("--lesson", file.toString())).isNull();
        assertThat(err.toString().strip()).isEqualTo("digitlab: " + file
                + ": step 3 'optimizer', field action.setup.epochs: got 0; use 1 to 200, e.g. 5");
        assertThat(err.toString().lines()).hasSize(1);
    }

    @Test
    void aMissingFileOrArgumentIsNamed(@TempDir Path dir) {
        assertThat(check("--lesson")).isNull();
        assertThat(check("--lesson=" + dir.resolve("none.json"))).isNull();
        assertThat(check("--lesson", "a.json", "b.json")).isNull();
        assertThat(err.toString().lines()).containsExactly(
                "digitlab: --lesson needs a lesson file, e.g. --lesson my-lesson.json",
                "digitlab: " + dir.resolve("none.json") + ": no such file",
                "digitlab: --lesson takes one lesson file; remove b.json");
    }

    @Test
    void aGoodLessonFileGoesToTheWindowAsANamedParameter(@TempDir Path dir) throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("mine.json"),
                org.digitlab.lesson.BuiltInLessons.text("004"));
        assertThat(check("--lesson", file.toString())).containsExactly("--lesson=" + file.toAbsolutePath());
        assertThat(err.toString()).isEmpty();
    }
}
