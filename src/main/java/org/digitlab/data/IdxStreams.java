package org.digitlab.data;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Opens dataset files whether they are stored raw or gzip-compressed. Compression is detected
 * from the content (gzip magic bytes 1f 8b), not the name: mirrors and packagers disagree on
 * names, and a raw IDX file never starts with 1f 8b (its magic starts with two zero bytes).
 */
final class IdxStreams {

    static final int BUFFER_SIZE = 1 << 16;
    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private IdxStreams() {
    }

    /** The uncompressed content of {@code file}, buffered. */
    static InputStream openUncompressed(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        try {
            return decompressIfGzip(raw);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** Wraps {@code in} in a gzip decoder if it starts with the gzip magic bytes; buffered either way. */
    static InputStream decompressIfGzip(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, BUFFER_SIZE);
        buffered.mark(2);
        int first = buffered.read();
        int second = buffered.read();
        buffered.reset();
        if (first == GZIP_MAGIC_1 && second == GZIP_MAGIC_2) {
            return new BufferedInputStream(new GZIPInputStream(buffered, BUFFER_SIZE), BUFFER_SIZE);
        }
        return buffered;
    }
}
