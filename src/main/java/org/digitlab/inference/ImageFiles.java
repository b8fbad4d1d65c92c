package org.digitlab.inference;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Reads image files (PNG, JPEG, GIF, BMP) as grey images; transparent pixels count as white paper.
 *
 * <p>The size is read from the file's header before anything is decoded, and more than {@value
 * #MAX_PIXELS} pixels are refused: a valid 439 KB PNG can declare 20,000×20,000 pixels, 1.6 GB
 * once decoded, and would end the program with an OutOfMemoryError. Every error names the file.
 */
public final class ImageFiles {

    /** 16 megapixels: a 12-megapixel phone photo passes and decodes in well under 512 MB; a decompression bomb does not. */
    public static final long MAX_PIXELS = 16_000_000L;

    private static final double RED = 0.299;
    private static final double GREEN = 0.587;
    private static final double BLUE = 0.114;

    private ImageFiles() {
    }

    /** @throws IOException starting with the file's name, saying what is wrong in words */
    public static GrayImage read(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException(file + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": not a file" + (Files.isDirectory(file) ? " but a folder" : ""));
        }
        if (!Files.isReadable(file)) {
            throw new IOException(file + ": permission denied; it cannot be read");
        }
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            return decode(in, file.toString());
        }
    }

    /**
     * Decodes an image held in memory; {@code name} starts every message. The fuzz tests call this.
     *
     * @throws IOException starting with {@code name}, saying what is wrong in words
     */
    public static GrayImage decode(byte[] bytes, String name) throws IOException {
        // A memory cache, not ImageIO's default temporary file beside every read.
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            return decode(in, name);
        }
    }

    private static GrayImage decode(ImageInputStream in, String name) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new IOException(name + ": not an image (PNG, JPEG, GIF or BMP)");
        }
        ImageReader reader = readers.next();
        try {
            reader.setInput(in, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            checkSize(name, width, height);
            return gray(reader.read(0));
        } catch (ImageTooLargeException e) {
            throw e;
        } catch (IOException e) {
            // IIOException from the decoders, and a bare EOFException (no message) from the stream
            // of a file cut short inside its header (found by ImageFilesFuzzTest).
            throw new IOException(name + ": a damaged or cut-short " + format(reader) + " image ("
                    + firstLine(e.getMessage()) + ")", e);
        } catch (RuntimeException e) {
            // ImageIO's decoders answer some malformed files with index or argument exceptions.
            throw new IOException(name + ": a damaged " + format(reader) + " image that cannot be decoded", e);
        } finally {
            reader.dispose();
        }
    }

    /** A size refusal, already worded for the user: not to be reworded as a damaged file. */
    private static final class ImageTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        ImageTooLargeException(String message) {
            super(message);
        }
    }

    private static void checkSize(String name, long width, long height) throws IOException {
        if (width <= 0 || height <= 0) {
            throw new ImageTooLargeException(name + ": the image has no pixels (" + width + "×" + height + ")");
        }
        if (width * height > MAX_PIXELS) {
            throw new ImageTooLargeException(String.format(Locale.ROOT, "%s: %d×%d pixels is more than the %d megapixels"
                    + " an image may have; scale it down (a digit needs a few hundred pixels)",
                    name, width, height, MAX_PIXELS / 1_000_000));
        }
    }

    private static GrayImage gray(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        float[] values = new float[w * h];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int argb = row[x];
                double alpha = (argb >>> 24) / 255.0;
                double luminance = RED * (argb >> 16 & 0xFF) + GREEN * (argb >> 8 & 0xFF) + BLUE * (argb & 0xFF);
                values[y * w + x] = (float) (alpha * luminance + (1 - alpha) * GrayImage.WHITE);
            }
        }
        return new GrayImage(w, h, values);
    }

    private static String format(ImageReader reader) {
        try {
            return reader.getFormatName().toUpperCase(Locale.ROOT);
        } catch (IOException e) {
            return "image";
        }
    }

    private static String firstLine(String message) {
        return message == null ? "no further detail from the decoder" : message.lines().findFirst().orElse(message);
    }
}
