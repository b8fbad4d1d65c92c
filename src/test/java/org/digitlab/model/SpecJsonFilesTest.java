package org.digitlab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.digitlab.EvilFiles;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spec files as users hand them over: too big, endless, not UTF-8, a folder, a typo in a value. */
class SpecJsonFilesTest {

    @TempDir Path dir;

    @Test
    void specFileLargerThanTheCeilingIsRefusedUnreadWithBoundedMemory() throws IOException {
        // Valid JSON, but 5 MB of it: only the size is wrong, and nothing of it is parsed.
        String spec = " ".repeat(5_000_000) + SpecJson.toJson(Presets.get("mlp-100"));
        Path file = Files.writeString(dir.resolve("padded.json"), spec);

        assertThatThrownBy(() -> SpecJson.read(file))
                .isInstanceOf(SpecJsonException.class)
                .hasMessageStartingWith(file + ": larger than 1 MB");
        assertThat(EvilFiles.allocatedBy(() -> SpecJson.read(file))).isLessThan(8_000_000L);
    }

    @Test
    void endlessDeviceIsRefusedAtOnce() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "a Unix device");

        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                assertThatThrownBy(() -> SpecJson.read(zero))
                        .isInstanceOf(SpecJsonException.class)
                        .hasMessageStartingWith("/dev/zero: larger than 1 MB"));
    }

    @Test
    void textThatIsNotUtf8NamesTheFileAndSaysSo() throws IOException {
        byte[] latin1 = "{ \"id\" : \"caf\u00e9\" }".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("latin1.json"), latin1);

        assertThatThrownBy(() -> SpecJson.read(file))
                .isInstanceOf(SpecJsonException.class)
                .hasMessageStartingWith(file + ": Invalid architecture JSON at line 1")
                .hasMessageContaining("not UTF-8 text");
    }

    @Test
    void folderIsNamedAsAFolder() {
        assertThatThrownBy(() -> SpecJson.read(dir))
                .isInstanceOf(SpecJsonException.class)
                .hasMessage(dir + ": a folder, not a spec file");
    }

    @Test
    void missingFileIsNamed() {
        Path file = dir.resolve("nowhere.json");
        assertThatThrownBy(() -> SpecJson.read(file)).hasMessage(file + ": no such file");
    }

    @Test
    void valueOfTheWrongKindIsSaidInWordsWithLineAndField() throws IOException {
        String json = SpecJson.toJson(Presets.get("mlp-100")).replace("\"units\" : 100", "\"units\" : \"ten\"");
        Path file = Files.writeString(dir.resolve("typo.json"), json);

        assertThatThrownBy(() -> SpecJson.read(file))
                .isInstanceOf(SpecJsonException.class)
                .hasMessageMatching(".*typo\\.json: Invalid architecture JSON at line \\d+, column \\d+ "
                        + "\\(field layers\\[1\\]\\.units\\): expected a whole number, found \"ten\"");
    }

    @Test
    void truncatedFileIsSaidToEndEarly() throws IOException {
        String json = SpecJson.toJson(Presets.get("mlp-100"));
        Path file = Files.writeString(dir.resolve("cut.json"), json.substring(0, json.length() / 2));

        assertThatThrownBy(() -> SpecJson.read(file))
                .hasMessageContaining("cut.json")
                .hasMessageContaining("the JSON ends too early (is the file truncated?)");
    }

    @Test
    void emptyFileIsSaidToBeEmpty() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.json"), "");

        assertThatThrownBy(() -> SpecJson.read(file)).hasMessage(file + ": Invalid architecture JSON"
                + " at line 1, column 0: the file is empty");
    }

    @Test
    void arrayInsteadOfAnObjectIsSaidInWords() {
        assertThatThrownBy(() -> SpecJson.fromJson("[1, 2]"))
                .hasMessage("Invalid architecture JSON at line 1, column 1: expected an object { ... }");
    }
}
