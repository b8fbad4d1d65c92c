package org.digitlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file to write is checked first, and a device, folder or link under its name is never replaced. */
class OutputFilesTest {

    @TempDir Path dir;

    @Test
    void aDeviceIsRefusedWithoutBeingTouched() {
        Path devNull = Path.of("/dev/null");

        assertThatThrownBy(() -> OutputFiles.check(devNull, 1)).isInstanceOf(OutputFiles.OutputFileException.class)
                .hasMessage("/dev/null is a device or other special file, not a regular file; Digit Lab never"
                        + " replaces one: give the path of a regular file");
        assertThat(Files.isRegularFile(devNull)).isFalse();
    }

    @Test
    void atomicWriteRefusesToReplaceASymbolicLink() throws Exception {
        Path target = Files.writeString(dir.resolve("target.txt"), "kept");
        Path link = Files.createSymbolicLink(dir.resolve("out.csv"), target);

        assertThatThrownBy(() -> AtomicFiles.write(link, out -> out.write(1)))
                .hasMessageContaining("out.csv is a symbolic link");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target)).isEqualTo("kept");
    }

    @Test
    void moreThanTheDiskHoldsIsRefusedNamingThePathAndTheFreeSpace() {
        Path model = dir.resolve("model.zip");

        assertThatThrownBy(() -> OutputFiles.check(model, Long.MAX_VALUE / 2))
                .hasMessageStartingWith(model + " cannot be written: it needs about ")
                .hasMessageContaining("MB free");
        assertThat(model).doesNotExist();
    }

    @Test
    void anAbsentFileOrARegularOneInAWritableFolderPassesAndLeavesNothingBehind() throws Exception {
        Path existing = Files.writeString(dir.resolve("old.zip"), "old");

        OutputFiles.check(dir.resolve("new.zip"), 1000);
        OutputFiles.check(existing, 1000);

        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(existing);
        }
    }

    @Test
    void aWriteThatFailsNamesTheTargetNotTheTemporaryFile() throws Exception {
        Path target = dir.resolve("model.zip");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new java.io.IOException("No space left on device");
        })).hasMessage(target + " cannot be written: No space left on device");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
