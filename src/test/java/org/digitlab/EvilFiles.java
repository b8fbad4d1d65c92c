package org.digitlab;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Hostile files made in the test, never stored: zip bombs, zips whose directory lies, PNG headers
 * that promise billions of pixels. Each is small on disk and enormous once believed.
 */
public final class EvilFiles {

    private static final int MB = 1_000_000;

    private EvilFiles() {
    }

    /** The entries of a zip, in order, name to bytes. */
    public static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(file.entries())) {
                entries.put(entry.getName(), file.getInputStream(entry).readAllBytes());
            }
        }
        return entries;
    }

    /** A zip of these entries, plus {@code bombName} inflating to {@code bombBytes} spaces. */
    public static void zipWithBomb(Path out, Map<String, byte[]> entries, String bombName, long bombBytes,
            byte[] bombTail) throws IOException {
        try (OutputStream file = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                if (entry.getKey().equals(bombName)) {
                    byte[] spaces = new byte[MB];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (long written = 0; written < bombBytes; written += spaces.length) {
                        zip.write(spaces);
                    }
                    zip.write(bombTail); // the real content after the padding: valid JSON, just huge
                } else {
                    zip.write(entry.getValue());
                }
                zip.closeEntry();
            }
        }
    }

    /** A plain zip of these entries. */
    public static void zip(Path out, Map<String, byte[]> entries) throws IOException {
        zipWithBomb(out, entries, null, 0, new byte[0]);
    }

    /** A zip of these entries stored without compression, so that their bytes can be edited in place. */
    public static void zipStored(Path out, Map<String, byte[]> entries) throws IOException {
        try (OutputStream file = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry stored = new ZipEntry(entry.getKey());
                stored.setMethod(ZipEntry.STORED);
                stored.setSize(entry.getValue().length);
                CRC32 crc = new CRC32();
                crc.update(entry.getValue());
                stored.setCrc(crc.getValue());
                zip.putNextEntry(stored);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
    }

    /**
     * Rewrites the size that the zip's central directory declares for one entry, so that a
     * reader that trusts it is lied to; the data itself is unchanged.
     */
    public static void lieAboutSize(Path zip, String entryName, int declaredSize) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] name = entryName.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < bytes.length; i++) {
            if (buffer.getInt(i) == 0x02014b50 && buffer.getShort(i + 28) == name.length
                    && java.util.Arrays.equals(bytes, i + 46, i + 46 + name.length, name, 0, name.length)) {
                buffer.putInt(i + 24, declaredSize);
                Files.write(zip, bytes);
                return;
            }
        }
        throw new IllegalArgumentException(entryName + " is not in " + zip);
    }

    /**
     * A valid grey PNG of the given size, 1 bit a pixel, all black: {@code ImageIO} decodes it
     * whole, though it is a few hundred KB on disk.
     */
    public static byte[] hugePng(int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(png);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream ihdr = new DataOutputStream(header);
        ihdr.writeInt(width);
        ihdr.writeInt(height);
        ihdr.write(new byte[] {1, 0, 0, 0, 0}); // 1 bit, grey, deflate, no filter method, no interlace
        chunk(out, "IHDR", header.toByteArray());
        ByteArrayOutputStream pixels = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(pixels)) {
            byte[] row = new byte[1 + (width + 7) / 8]; // filter byte 0, then zero bits
            for (int y = 0; y < height; y++) {
                deflate.write(row);
            }
        }
        chunk(out, "IDAT", pixels.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    /** Bytes allocated on the Java heap by this thread while {@code work} runs, whatever it throws. */
    public static long allocatedBy(Callable<?> work) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        try {
            work.call();
        } catch (Exception | OutOfMemoryError e) {
            // The caller asserts on the outcome separately; here only the cost counts.
        }
        return threads.getCurrentThreadAllocatedBytes() - before;
    }
}
