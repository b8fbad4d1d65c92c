package org.digitlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Properties;

/**
 * Checks dataset files found in system folders against the pinned size and SHA-256, as the cache's
 * own files were checked when written: a package or an admin may have put anything under
 * {@code /usr/share/datasets} (a 100-image "MNIST" would otherwise train to "acc 1.0000").
 *
 * <p>Hashing MNIST's gzipped files costs about a second, so the outcome is remembered per file,
 * keyed by its size and modification time, in a small properties file in the cache: a file that
 * changes is checked again, one that does not is checked once.
 */
final class SystemFileChecks {

    private static final String OK = "ok";
    private static final char SEPARATOR = ' ';

    private final Path record;

    /** @param record the properties file that remembers outcomes; it need not exist */
    SystemFileChecks(Path record) {
        this.record = record;
    }

    /**
     * What a quick look can tell about {@code file}: a raw file of the wrong size, or a file that an
     * earlier full check found damaged and that has not changed since. {@code null} if nothing is
     * known to be wrong.
     */
    String knownProblem(Path file, DatasetFile expected) {
        try {
            if (!isGzip(file) && Files.size(file) != expected.size()) {
                return file + " is " + Files.size(file) + " bytes, expected " + expected.size();
            }
            String outcome = remembered(file);
            return outcome == null || OK.equals(outcome) ? null : outcome;
        } catch (IOException e) {
            return file + " cannot be read (" + e.getMessage() + ")";
        }
    }

    /** The full check, skipped when an unchanged file passed before; {@code null} if the file is right. */
    String problem(Path file, DatasetFile expected, Progress progress) {
        String known = knownProblem(file, expected);
        if (known != null) {
            return known;
        }
        try {
            if (OK.equals(remembered(file))) {
                return null;
            }
            String outcome;
            try {
                VerifiedFiles.verify(file, expected, progress);
                outcome = OK;
            } catch (DatasetFormatException e) {
                outcome = file + ": " + e.reason();
            }
            remember(file, outcome);
            return OK.equals(outcome) ? null : outcome;
        } catch (IOException e) {
            return file + " cannot be read (" + e.getMessage() + ")";
        }
    }

    private String remembered(Path file) throws IOException {
        String value = load().getProperty(file.toAbsolutePath().toString());
        String stamp = stamp(file);
        return value != null && value.startsWith(stamp + SEPARATOR) ? value.substring(stamp.length() + 1) : null;
    }

    private synchronized void remember(Path file, String outcome) throws IOException {
        Properties outcomes = load();
        outcomes.setProperty(file.toAbsolutePath().toString(), stamp(file) + SEPARATOR + outcome);
        try {
            AtomicFiles.write(record, out -> outcomes.store(out, "Checks of dataset files in system folders"));
        } catch (IOException e) {
            // A read-only home only costs a new check next time.
        }
    }

    private Properties load() {
        Properties outcomes = new Properties();
        if (Files.isRegularFile(record)) {
            try (InputStream in = Files.newInputStream(record)) {
                outcomes.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // A damaged record is forgotten: every file is checked again.
            }
        }
        return outcomes;
    }

    private static String stamp(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        return attributes.size() + "-" + attributes.lastModifiedTime().toMillis();
    }

    private static boolean isGzip(Path file) {
        return file.getFileName().toString().endsWith(FileLocator.GZIP_SUFFIX)
                || startsWithGzipMagic(file);
    }

    private static boolean startsWithGzipMagic(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && (head[0] & 0xFF) == 0x1f && (head[1] & 0xFF) == 0x8b;
        } catch (IOException e) {
            return false;
        }
    }
}
