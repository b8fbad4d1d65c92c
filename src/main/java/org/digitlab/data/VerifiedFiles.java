package org.digitlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Writes dataset files so that the cache only ever holds complete, verified files: content goes
 * to a temporary {@code name.part-<uuid>} in the target's directory (so the final move is a
 * rename on the same file system), is hashed on the way, and is moved into place only when size
 * and SHA-256 match. On any failure the temporary file is deleted.
 */
final class VerifiedFiles {

    private static final String PART_INFIX = ".part-";

    private VerifiedFiles() {
    }

    /**
     * Copies the uncompressed {@code content} to {@code target} if it matches {@code expected}.
     *
     * @param source the name to blame in exceptions (the download target or the imported file)
     */
    static void install(InputStream content, Path target, DatasetFile expected, Path source,
                        CancellationToken cancel) throws IOException {
        // Not Files.createTempFile: its owner-only permissions would stay on the installed file,
        // and a dataset is no secret (another account on a classroom machine may share the cache).
        Path temp = target.toAbsolutePath().resolveSibling(target.getFileName() + PART_INFIX + UUID.randomUUID());
        boolean installed = false;
        try {
            String actual;
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
                actual = copyHashing(content, out, expected, source, cancel);
            }
            checkHash(source, expected, actual);
            checkCancelled(cancel, target);
            move(temp, target);
            installed = true;
        } finally {
            if (!installed) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Checks the uncompressed content of {@code file} (raw or gzip) against {@code expected}. */
    static void verify(Path file, DatasetFile expected, Progress progress) throws IOException {
        String stage = "Verifying " + expected.fileName();
        try (InputStream in = IdxStreams.decompressIfGzip(new MonitoredInputStream(Files.newInputStream(file),
                stage, Files.size(file), progress, CancellationToken.none()))) {
            checkHash(file, expected, copyHashing(in, OutputStream.nullOutputStream(), expected, file,
                    CancellationToken.none()));
        }
    }

    /** Whether {@code file} holds exactly the expected content (full hash of the uncompressed bytes). */
    static boolean matches(Path file, DatasetFile expected) {
        try {
            verify(file, expected, Progress.NONE);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String copyHashing(InputStream in, OutputStream out, DatasetFile expected, Path source,
                                      CancellationToken cancel) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[IdxStreams.BUFFER_SIZE];
        long size = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            checkCancelled(cancel, source);
            size += n;
            // Stop at once on an oversized stream rather than filling the disk with it.
            if (size > expected.size()) {
                throw new DatasetFormatException(source, "uncompressed content is larger than the expected "
                        + expected.size() + " bytes of " + expected.fileName());
            }
            digest.update(buffer, 0, n);
            out.write(buffer, 0, n);
        }
        if (size != expected.size()) {
            throw new DatasetFormatException(source, "uncompressed content is " + size + " bytes, expected "
                    + expected.size() + " bytes of " + expected.fileName());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void checkHash(Path source, DatasetFile expected, String actual) throws ChecksumMismatchException {
        if (!expected.sha256().equals(actual)) {
            throw new ChecksumMismatchException(source, expected.sha256(), actual);
        }
    }

    private static void checkCancelled(CancellationToken cancel, Path file) throws InterruptedIOException {
        if (cancel.isCancelled()) {
            throw new InterruptedIOException(DatasetFormatException.nameOf(file) + ": cancelled");
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime must provide SHA-256", e);
        }
    }
}
