package org.digitlab.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/** Tiny IDX files built in memory, so that tests state exactly which bytes they feed the reader. */
final class IdxFixtures {

    static final int ROWS = 2;
    static final int COLS = 3;

    private IdxFixtures() {
    }

    /** An image file of {@code count} 2x3 images; image i has pixels i*10 + p. */
    static byte[] images(int count) {
        return images(IdxReader.IMAGE_MAGIC, count, ROWS, COLS, pixels(count));
    }

    static byte[] pixels(int count) {
        byte[] pixels = new byte[count * ROWS * COLS];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) ((i / (ROWS * COLS)) * 10 + i % (ROWS * COLS) + 200);
        }
        return pixels;
    }

    static byte[] images(int magic, int count, int rows, int cols, byte[] pixels) {
        return ByteBuffer.allocate(16 + pixels.length).putInt(magic).putInt(count).putInt(rows).putInt(cols)
                .put(pixels).array();
    }

    static byte[] labels(int... labels) {
        ByteBuffer buffer = ByteBuffer.allocate(8 + labels.length).putInt(IdxReader.LABEL_MAGIC).putInt(labels.length);
        for (int label : labels) {
            buffer.put((byte) label);
        }
        return buffer.array();
    }

    static byte[] gzip(byte[] raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
