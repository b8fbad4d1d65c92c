package org.digitlab.data.collected;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.digitlab.data.AtomicFiles;
import org.digitlab.data.BoundedReads;

/**
 * A collected set as one zip of {@link CollectedSetFormat}'s four files, to carry to another
 * laptop. Reading checks the zip (its size, its magic, each entry's name and size within
 * {@link CollectedSetFormat#MAX_BYTES}) before the files themselves are checked.
 */
final class CollectedSetZips {

    /** Largest zip imported: a full set's files, compressed or not, with room for the zip's own headers. */
    static final long MAX_ZIP_BYTES = 140L * 1024 * 1024;

    private CollectedSetZips() {
    }

    static void write(CollectedSet set, Path zip) throws IOException {
        Map<String, byte[]> files = CollectedSetFormat.encode(set);
        AtomicFiles.write(zip, out -> {
            try (ZipOutputStream zipped = new ZipOutputStream(out)) {
                for (Map.Entry<String, byte[]> file : files.entrySet()) {
                    zipped.putNextEntry(new ZipEntry(file.getKey()));
                    zipped.write(file.getValue());
                    zipped.closeEntry();
                }
            }
        });
    }

    /** The set in the zip, its id the one its name gives; nothing is written. */
    static CollectedSet read(Path zip) throws IOException {
        String where = String.valueOf(zip.getFileName());
        if (!Files.isRegularFile(zip)) {
            throw new CollectedSetException(where, Files.exists(zip) ? "is not a file" : "no such file");
        }
        long size = Files.size(zip);
        if (size > MAX_ZIP_BYTES) {
            throw new CollectedSetException(where, "is " + BoundedReads.size(size) + "; a set's zip is at most "
                    + BoundedReads.size(MAX_ZIP_BYTES));
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(zip))) {
            raw.mark(4);
            byte[] magic = raw.readNBytes(4);
            raw.reset();
            if (magic.length < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
                throw new CollectedSetException(where, "is not a zip file; export a set with Share in the "
                        + "Draw view's collect mode, or with 'digitlab datasets export'");
            }
            try (ZipInputStream in = new ZipInputStream(raw)) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    String name = entry.getName();
                    if (!CollectedSetFormat.FILES.contains(name) || entry.isDirectory()) {
                        throw new CollectedSetException(where, "holds '" + name + "', which is not part of a "
                                + "collected set (expected only " + String.join(", ", CollectedSetFormat.FILES) + ")");
                    }
                    if (files.containsKey(name)) {
                        throw new CollectedSetException(where, "holds " + name + " twice");
                    }
                    files.put(name, readEntry(where, name, in));
                }
            }
        } catch (CollectedSetException e) {
            throw e;
        } catch (IOException e) {
            throw new CollectedSetException(where, "is truncated or damaged (" + e.getMessage() + ")", e);
        }
        CollectedSet set = CollectedSetFormat.decode(where, files, "");
        return new CollectedSet(CollectedSet.idFor(set.name()), set.name(), set.drawings());
    }

    static byte[] readEntry(String where, String name, InputStream in) throws IOException {
        try {
            return BoundedReads.readAtMost(in, CollectedSetFormat.MAX_BYTES.get(name));
        } catch (BoundedReads.TooLargeException e) {
            throw new CollectedSetException(where + ": " + name, "is " + e.getMessage()
                    + ", more than a set of " + CollectedSet.MAX_DRAWINGS + " drawings needs");
        }
    }
}
