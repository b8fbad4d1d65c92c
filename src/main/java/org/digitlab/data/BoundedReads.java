package org.digitlab.data;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads a stream into memory with a ceiling, so a small file that inflates without end (a zip
 * bomb) or a device such as {@code /dev/zero} costs at most the ceiling, never all the memory
 * there is. {@code InputStream.readAllBytes} has no such ceiling.
 */
public final class BoundedReads {

    private static final int CHUNK = 64 * 1024;

    private BoundedReads() {
    }

    /** Every byte of {@code in}, or {@link TooLargeException} as soon as there are more than {@code limit}. */
    public static byte[] readAtMost(InputStream in, long limit) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(limit, CHUNK));
        byte[] chunk = new byte[CHUNK];
        long total = 0;
        for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
            total += n;
            if (total > limit) {
                throw new TooLargeException(limit);
            }
            bytes.write(chunk, 0, n);
        }
        return bytes.toByteArray();
    }

    /** "1 MB", "256 MB", "3.2 GB": sizes in messages, in the decimal units file managers show. */
    public static String size(long bytes) {
        if (bytes < 1_000) {
            return bytes + " bytes";
        }
        String[] units = {"KB", "MB", "GB", "TB"};
        double value = bytes / 1_000.0;
        int unit = 0;
        while (value >= 1_000 && unit < units.length - 1) {
            value /= 1_000;
            unit++;
        }
        String number = value == Math.rint(value) || value >= 100
                ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
        return number + " " + units[unit];
    }

    /** More bytes than the reader allows; the caller names the file and what it is. */
    public static final class TooLargeException extends IOException {

        private final long limit;

        TooLargeException(long limit) {
            super("larger than " + size(limit));
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }
}
