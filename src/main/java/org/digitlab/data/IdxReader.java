package org.digitlab.data;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.zip.ZipException;

/**
 * Reads the IDX format of MNIST and Fashion-MNIST (raw or gzip-compressed) and checks everything
 * that can be checked: magic number, dimensions, exact byte count (truncated and trailing bytes
 * are both rejected), image and label counts, label range. Every failure is a
 * {@link DatasetFormatException} naming the file.
 *
 * <p>Files are read whole into a {@code byte[]} through buffered streams; 70,000 MNIST images take
 * well under a second.
 */
public final class IdxReader {

    /** Magic of an image file: two zero bytes, type 0x08 (unsigned byte), 3 dimensions. */
    public static final int IMAGE_MAGIC = 0x00000803;
    /** Magic of a label file: two zero bytes, type 0x08 (unsigned byte), 1 dimension. */
    public static final int LABEL_MAGIC = 0x00000801;
    /** Larger images than this are certainly a corrupt header, not a dataset we can show. */
    public static final int MAX_SIDE = 4096;

    private static final int INT_BYTES = Integer.BYTES;
    private static final int IMAGE_HEADER_BYTES = 4 * INT_BYTES;
    private static final int LABEL_HEADER_BYTES = 2 * INT_BYTES;
    private static final int DIMS_MASK = 0xFF;
    private static final int TYPE_MASK = 0xFFFFFF00;
    // Java arrays cannot quite reach Integer.MAX_VALUE elements.
    private static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    private IdxReader() {
    }

    /** Reads an image file and its label file and checks that they belong together. */
    public static ImageSet read(Path images, Path labels, int numClasses) throws IOException {
        IdxImages idx = readImages(images);
        byte[] labelBytes = readLabels(labels, numClasses);
        if (labelBytes.length != idx.count()) {
            throw new DatasetFormatException(labels, "holds " + labelBytes.length + " labels but "
                    + DatasetFormatException.nameOf(images) + " holds " + idx.count() + " images");
        }
        return new ImageSet(idx.rows(), idx.cols(), idx.pixels(), labelBytes);
    }

    /** Reads an IDX image file (magic 0x00000803). */
    public static IdxImages readImages(Path file) throws IOException {
        try (InputStream in = IdxStreams.openUncompressed(file)) {
            ByteBuffer header = header(file, in, IMAGE_HEADER_BYTES, IMAGE_MAGIC, "an image");
            int count = header.getInt();
            int rows = header.getInt();
            int cols = header.getInt();
            if (count <= 0 || rows <= 0 || cols <= 0) {
                throw new DatasetFormatException(file, "dimensions must be positive, found "
                        + count + " images of " + rows + "x" + cols);
            }
            if (rows > MAX_SIDE || cols > MAX_SIDE) {
                throw new DatasetFormatException(file, "image size " + rows + "x" + cols
                        + " exceeds " + MAX_SIDE + "x" + MAX_SIDE + "; the header is probably corrupt");
            }
            byte[] pixels = body(file, in, (long) count * rows * cols, "pixel");
            return new IdxImages(count, rows, cols, pixels);
        } catch (EOFException | ZipException e) {
            throw corruptGzip(file, e);
        }
    }

    /** Reads an IDX label file (magic 0x00000801) and checks each label is in {@code [0, numClasses)}. */
    public static byte[] readLabels(Path file, int numClasses) throws IOException {
        try (InputStream in = IdxStreams.openUncompressed(file)) {
            ByteBuffer header = header(file, in, LABEL_HEADER_BYTES, LABEL_MAGIC, "a label");
            int count = header.getInt();
            if (count <= 0) {
                throw new DatasetFormatException(file, "label count must be positive, found " + count);
            }
            byte[] labels = body(file, in, count, "label");
            for (int i = 0; i < labels.length; i++) {
                int label = Byte.toUnsignedInt(labels[i]);
                if (label >= numClasses) {
                    throw new DatasetFormatException(file, "label " + label + " at index " + i
                            + " is outside 0.." + (numClasses - 1));
                }
            }
            return labels;
        } catch (EOFException | ZipException e) {
            throw corruptGzip(file, e);
        }
    }

    /** Reads and checks the header; the magic is checked first, so a wrong kind of file is named as such. */
    private static ByteBuffer header(Path file, InputStream in, int length, int magic, String kind)
            throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length >= INT_BYTES) {
            checkMagic(file, ByteBuffer.wrap(bytes).getInt(), magic, kind);
        }
        if (bytes.length < length) {
            throw new DatasetFormatException(file, "truncated: the header needs " + length
                    + " bytes, the file has only " + bytes.length);
        }
        ByteBuffer header = ByteBuffer.wrap(bytes); // big-endian, as IDX is
        header.getInt(); // the magic, checked above
        return header;
    }

    private static void checkMagic(Path file, int found, int expected, String kind) throws DatasetFormatException {
        if (found == expected) {
            return;
        }
        String reason = String.format("expected magic 0x%08X for %s file, found 0x%08X", expected, kind, found);
        if ((found & TYPE_MASK) == (expected & TYPE_MASK)) {
            reason += " (" + (found & DIMS_MASK) + " dimensions instead of " + (expected & DIMS_MASK)
                    + (found == LABEL_MAGIC ? ": this is a label file" : "")
                    + (found == IMAGE_MAGIC ? ": this is an image file" : "") + ")";
        }
        throw new DatasetFormatException(file, reason);
    }

    private static byte[] body(Path file, InputStream in, long expected, String what) throws IOException {
        if (expected > MAX_ARRAY) {
            throw new DatasetFormatException(file, "header announces " + expected + " " + what
                    + " bytes, more than fits in memory; the header is probably corrupt");
        }
        // readNBytes grows its buffer as data arrives, so a lying header cannot make us allocate gigabytes.
        byte[] data = in.readNBytes((int) expected);
        if (data.length < expected) {
            throw new DatasetFormatException(file, "truncated: header announces " + expected + " " + what
                    + " bytes, the file holds only " + data.length);
        }
        if (in.read() != -1) {
            long extra = 1 + in.transferTo(OutputStream.nullOutputStream());
            throw new DatasetFormatException(file, extra + " trailing bytes after the " + expected + " " + what
                    + " bytes the header announces");
        }
        return data;
    }

    private static DatasetFormatException corruptGzip(Path file, IOException cause) {
        DatasetFormatException e = new DatasetFormatException(file,
                "compressed data is corrupt or truncated (" + cause.getMessage() + ")");
        e.initCause(cause);
        return e;
    }
}
