package org.digitlab.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Puts one mutant at a time on disk under a realistic name, since the readers take paths. */
public final class FuzzFiles {

    private static final Path DIR = createDir();

    private FuzzFiles() {
    }

    /** Writes {@code content} to a file called {@code name} (replacing the previous try's). */
    public static Path write(String name, byte[] content) {
        try {
            return Files.write(DIR.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createDir() {
        try {
            Path dir = Files.createTempDirectory("digitlab-fuzz");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a try's file; the folder goes when the JVM exits. */
    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
