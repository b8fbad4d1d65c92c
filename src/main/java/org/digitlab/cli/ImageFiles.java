package org.digitlab.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.digitlab.inference.GrayImage;

/** Reads PNG and JPEG files as grey images; transparent pixels count as white paper. */
final class ImageFiles {

    private static final double RED = 0.299;
    private static final double GREEN = 0.587;
    private static final double BLUE = 0.114;

    private ImageFiles() {
    }

    /** The decoded image; every failure, ImageIO's unchecked ones included, an IOException naming the file. */
    private static BufferedImage decode(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? Collections.emptyIterator() : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new BadImageException(file + ": not a PNG or JPEG image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new BadImageException(file + ": " + reader.getWidth(0) + "x" + reader.getHeight(0)
                            + " pixels is more than the " + MAX_PIXELS / 1_000_000 + " million this reads;"
                            + " scale the image down");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (BadImageException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // ImageIO's own messages ("Unsupported marker type 0xf0") name neither the file nor
            // the problem in a user's words, and its decoders also throw unchecked exceptions on
            // corrupt data (both found by ImageFilesFuzzTest).
            throw new IOException(file + ": not a readable PNG or JPEG image (" + e.getMessage() + ")", e);
        }
    }

    /** A refusal already worded for the user. */
    private static final class BadImageException extends IOException {
        private static final long serialVersionUID = 1L;

        BadImageException(String message) {
            super(message);
        }
    }

    /**
     * Larger images are refused from their header, before decoding: a 300-byte PNG can announce
     * 134 million pixels and make ImageIO allocate 1.4 GB (found by ImageFilesFuzzTest). 16
     * million pixels holds a 12-megapixel phone photo (a digit needs a few thousand) and decodes
     * in under 512 MB, a 16-bit RGBA raster and the grey values included.
     */
    static final long MAX_PIXELS = 16_000_000;

    static GrayImage read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        BufferedImage image = decode(file);
        int w = image.getWidth();
        int h = image.getHeight();
        float[] values = new float[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int argb = image.getRGB(x, y);
                double alpha = (argb >>> 24) / 255.0;
                double luminance = RED * (argb >> 16 & 0xFF) + GREEN * (argb >> 8 & 0xFF) + BLUE * (argb & 0xFF);
                values[y * w + x] = (float) (alpha * luminance + (1 - alpha) * GrayImage.WHITE);
            }
        }
        return new GrayImage(w, h, values);
    }
}
