package org.digitlab.data;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file through a temporary file beside it and a move, so a crash, a full disk or a
 * closed window never leaves half a file under the real name. The temporary file is created like
 * any file (the user's default permissions), unlike {@code Files.createTempFile}'s owner-only ones.
 */
public final class AtomicFiles {

    /** Writes the content to a stream. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} whole or not at all. A symbolic link, folder or device under that name
     * is refused, never replaced; a failure of the file system (read-only, full) names
     * {@code target}, not the temporary file.
     */
    public static void write(Path target, Writer writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        OutputFiles.refuseNonRegular(target);
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve(absolute.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
                writer.write(out);
            } catch (IOException e) {
                throw new IOException(target + " cannot be written: " + OutputFiles.reason(e), e);
            }
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
