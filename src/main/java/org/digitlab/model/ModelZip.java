package org.digitlab.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.digitlab.data.BoundedReads;

/**
 * A model file opened as a zip with its limits checked before anything is inflated: the number of
 * entries, each entry's declared size and its compression ratio, read from the zip's directory.
 * Entries are then read through a ceiling, because the directory may lie about sizes. DL4J's own
 * reader inflates every entry whole into memory, so a 5 MB file whose {@code spec.json} inflates
 * to 3 GB, or one of thousands of junk entries, must be refused here, before DL4J sees it.
 */
public final class ModelZip implements Closeable {

    /** A model file has 5-6 entries; DL4J may add 3 of its own. */
    public static final int MAX_ENTRIES = 32;
    /** No entry may inflate to more than this: 100 million float weights. */
    public static final long MAX_ENTRY_BYTES = 400_000_000L;
    /** The JSON entries (configuration, metadata, history) are at most a few hundred KB. */
    public static final long MAX_JSON_ENTRY_BYTES = 4_000_000L;
    /** Weights compress about 1.1:1 and JSON 10:1; only a bomb of repeated bytes packs 200:1. */
    public static final long MAX_COMPRESSION_RATIO = 200;
    /** Below this size the ratio says nothing: a 40 KB spec of spaces may well pack 300:1. */
    /** DL4J's configuration nests about 6 deep. */
    public static final int MAX_JSON_DEPTH = 64;
    private static final JsonFactory JSON = new JsonFactory();
    private static final long RATIO_CHECKED_ABOVE = 1_000_000L;

    private final Path file;
    private final ZipFile zip;

    private ModelZip(Path file, ZipFile zip) {
        this.file = file;
        this.zip = zip;
    }

    /**
     * Opens the file and checks its directory.
     *
     * @throws ModelFileException naming the file and the first limit it breaks
     */
    public static ModelZip open(Path file) throws ModelFileException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new ModelFileException(file, "not a readable zip file (corrupt or truncated)", e);
        } catch (IOException e) {
            throw new ModelFileException(file, java.nio.file.Files.isReadable(file)
                    ? "cannot be opened (" + e.getMessage() + ")" : "permission denied; it cannot be read", e);
        }
        ModelZip model = new ModelZip(file, zip);
        try {
            model.checkDirectory();
        } catch (ModelFileException | RuntimeException e) {
            model.close();
            throw e;
        }
        return model;
    }

    private void checkDirectory() throws ModelFileException {
        if (zip.size() > MAX_ENTRIES) {
            throw new ModelFileException(file, "it holds " + zip.size() + " entries; a model file has"
                    + " fewer than " + MAX_ENTRIES + ", so this is not a model Digit Lab or DL4J wrote");
        }
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            long size = entry.getSize();
            if (size > MAX_ENTRY_BYTES) {
                throw new ModelFileException(file, "its entry " + entry.getName() + " would inflate to "
                        + BoundedReads.size(size) + ", more than the "
                        + BoundedReads.size(MAX_ENTRY_BYTES) + " a model may hold");
            }
            long packed = Math.max(1, entry.getCompressedSize());
            if (size > RATIO_CHECKED_ABOVE && size / packed > MAX_COMPRESSION_RATIO) {
                throw new ModelFileException(file, "its entry " + entry.getName() + " is packed "
                        + size / packed + ":1, as only a zip bomb is (a model packs less than "
                        + MAX_COMPRESSION_RATIO + ":1); it is refused unread");
            }
        }
    }

    public Path file() {
        return file;
    }

    public boolean has(String name) {
        return zip.getEntry(name) != null;
    }

    /** The entry's declared (inflated) size, or -1 when the zip does not say. */
    public long declaredSize(String name) {
        ZipEntry entry = zip.getEntry(name);
        return entry == null ? -1 : entry.getSize();
    }

    /**
     * Inflates one entry, never more than {@code limit} bytes whatever its declared size.
     *
     * @param what the entry in words, for messages: "the architecture spec"
     */
    public byte[] read(String name, String what, long limit) throws ModelFileException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw new ModelFileException(file, "not a Digit Lab model file: the entry " + name + " is missing");
        }
        if (entry.getSize() > limit) {
            throw tooLarge(name, what, limit);
        }
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
            bytes = BoundedReads.readAtMost(in, limit);
        } catch (BoundedReads.TooLargeException e) {
            throw tooLarge(name, what, limit);
        } catch (IOException | RuntimeException e) {
            throw damaged(name, what, "its compressed data cannot be inflated", e);
        }
        // ZipFile does not check the checksum; without this a flipped bit in the weights loads.
        CRC32 crc = new CRC32();
        crc.update(bytes);
        if (entry.getCrc() != -1 && crc.getValue() != entry.getCrc()) {
            throw damaged(name, what, "its checksum does not match its content", null);
        }
        return bytes;
    }

    private ModelFileException damaged(String name, String what, String how, Exception cause) {
        return new ModelFileException(file, "cannot read " + what + " (" + name + "): " + how
                + "; the file is damaged or was cut short", cause);
    }

    /**
     * Reads a JSON entry through {@link #read} and checks, with a streaming parser that does not
     * recurse, that it is well-formed and nested at most {@value #MAX_JSON_DEPTH} deep: DL4J's own
     * (older, shaded) Jackson recurses per level and would overflow the stack on a file of brackets.
     */
    public byte[] readJson(String name, String what, long limit) throws ModelFileException {
        byte[] json = read(name, what, limit);
        try (JsonParser parser = JSON.createParser(json)) {
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isStructStart() && ++depth > MAX_JSON_DEPTH) {
                    throw new ModelFileException(file, what + " (" + name + ") is nested more than "
                            + MAX_JSON_DEPTH + " levels deep, which no model is; the file is damaged");
                }
                if (token.isStructEnd()) {
                    depth--;
                }
            }
        } catch (JsonProcessingException e) {
            throw new ModelFileException(file, what + " (" + name + ") is not valid JSON"
                    + JsonErrors.describe(e), e);
        } catch (IOException e) {
            throw new ModelFileException(file, what + " (" + name + ") cannot be read: " + e.getMessage(), e);
        }
        return json;
    }

    private ModelFileException tooLarge(String name, String what, long limit) {
        return new ModelFileException(file, what + " (" + name + ") inflates to more than "
                + BoundedReads.size(limit) + ", far more than any model has;"
                + " the file is damaged or is not a model (refused unread)");
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // Closing a file only read from loses nothing.
        }
    }
}
