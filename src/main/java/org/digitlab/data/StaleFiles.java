package org.digitlab.data;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Removes the temporary files that a killed process leaves behind ({@code kill -9}, a power cut):
 * {@link AtomicFiles}' {@code name.tmp-<uuid>} and {@link VerifiedFiles}' {@code name.part-<id>}.
 * Only files of exactly those shapes, older than {@link #DEFAULT_AGE} (so that a write in progress
 * in another Digit Lab is never touched), directly in the given folder (never recursively).
 */
public final class StaleFiles {

    /** Far longer than any write takes; a temp file this old belongs to a process that died. */
    public static final Duration DEFAULT_AGE = Duration.ofMinutes(10);
    private static final Pattern TEMP_NAME = Pattern.compile(".+\\.(tmp|part)-[0-9A-Za-z-]+");

    private StaleFiles() {
    }

    /**
     * Deletes the leftover temporary files of {@code target} only ({@code target.tmp-*} and
     * {@code target.part-*} beside it, older than {@code age}): for a folder of the user's, where
     * other names are none of our business. Returns how many files were deleted.
     */
    public static int cleanBeside(Path target, Duration age) {
        Path absolute = target.toAbsolutePath();
        Path name = absolute.getFileName();
        if (name == null || absolute.getParent() == null) {
            return 0;
        }
        String prefix = name.toString();
        return clean(absolute.getParent(), age, entry -> entry.startsWith(prefix + ".tmp-")
                || entry.startsWith(prefix + ".part-"));
    }

    /** Whether {@code name} is one of the temporary names Digit Lab writes. */
    static boolean isTempName(String name) {
        return TEMP_NAME.matcher(name).matches();
    }

    /**
     * Deletes the leftover temporary files in {@code folder} older than {@code age}; a missing or
     * unreadable folder is left alone. Returns how many files were deleted.
     */
    public static int clean(Path folder, Duration age) {
        return clean(folder, age, name -> true);
    }

    private static int clean(Path folder, Duration age, Predicate<String> alsoMatching) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        Instant cutoff = Instant.now().minus(age);
        int deleted = 0;
        DirectoryStream.Filter<Path> ours = p -> isTempName(p.getFileName().toString())
                && alsoMatching.test(p.getFileName().toString());
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, ours)) {
            for (Path entry : entries) {
                if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(cutoff)
                        && Files.deleteIfExists(entry)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            // Cleaning is a courtesy: a folder we cannot list or a file we cannot delete stays.
        }
        return deleted;
    }
}
