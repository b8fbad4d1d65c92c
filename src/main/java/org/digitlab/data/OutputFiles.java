package org.digitlab.data;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Checks a file the user asked Digit Lab to write before any work goes into it: a training run
 * that ends in "cannot write" has thrown its model away, and a path that names a device, a
 * folder or a symbolic link must never be replaced (as root, {@code --out /dev/null} would
 * replace the system's /dev/null). Every message names the path the user gave.
 */
public final class OutputFiles {

    /** A file write never needs less than this, whatever the estimate (zip headers, JSON). */
    private static final long MIN_FREE_BYTES = 1L << 20;

    private OutputFiles() {
    }

    /**
     * Refuses what {@link AtomicFiles#write} must never replace: a symbolic link, a folder, a
     * device or another special file. An absent path or a regular file passes.
     */
    public static void refuseNonRegular(Path target) throws IOException {
        if (Files.isSymbolicLink(target)) {
            throw new OutputFileException(target, "is a symbolic link; Digit Lab does not replace links:"
                    + " give the path of a regular file");
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputFileException(target, "is a folder; give the name of a file inside it");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputFileException(target, "is a device or other special file, not a regular file;"
                    + " Digit Lab never replaces one: give the path of a regular file");
        }
    }

    /**
     * Checks, without leaving anything behind, that {@code target} can be written: absent or a
     * regular file, its folder exists and takes a new file, and the disk has room for
     * {@code bytesNeeded} (an estimate; at least 1 MB is asked for).
     *
     * @throws OutputFileException naming {@code target} and what to do
     */
    public static void check(Path target, long bytesNeeded) throws IOException {
        refuseNonRegular(target);
        Path folder = target.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new OutputFileException(target, Files.exists(folder) ? "cannot be written: " + folder
                    + " is not a folder" : "cannot be written: the folder " + folder + " does not exist; create it first");
        }
        // Trying is the only test that holds for read-only mounts, ACLs and root alike.
        Path probe = folder.resolve(target.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            Files.newOutputStream(probe, StandardOpenOption.CREATE_NEW).close();
        } catch (IOException e) {
            throw new OutputFileException(target, "cannot be written: " + folder + " takes no new file ("
                    + reason(e) + ")", e);
        } finally {
            Files.deleteIfExists(probe);
        }
        long needed = Math.max(MIN_FREE_BYTES, bytesNeeded);
        long free = Files.getFileStore(folder).getUsableSpace();
        if (free < needed) {
            throw new OutputFileException(target, "cannot be written: it needs about " + megabytes(needed)
                    + " but " + folder + " has only " + megabytes(free) + " free; free some space or write elsewhere");
        }
    }

    /** Why a write failed, without the name of the temporary file that the user never asked for. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static String megabytes(long bytes) {
        return Math.max(1, (bytes + (1L << 20) - 1) >> 20) + " MB";
    }

    /** A file that cannot be written where the user asked; the message starts with its path. */
    public static final class OutputFileException extends IOException {
        OutputFileException(Path target, String reason) {
            super(target + " " + reason);
        }

        OutputFileException(Path target, String reason, Throwable cause) {
            super(target + " " + reason, cause);
        }
    }
}
