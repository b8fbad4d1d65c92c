package org.digitlab.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.digitlab.inference.GrayImage;

/** Reads PNG and JPEG files as grey images; transparent pixels count as white paper. */
final class ImageFiles {

    private static final double RED = 0.299;
    private static final double GREEN = 0.587;
    private static final double BLUE = 0.114;

    private ImageFiles() {
    }

    static GrayImage read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": no such file");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            // ImageIO's own messages ("Unsupported marker type 0xf0") name neither the file nor
            // the problem in a user's words; its decoders also throw unchecked exceptions on
            // corrupt data (found by ImageFilesFuzzTest).
            throw new IOException(file + ": not a readable PNG or JPEG image (" + e.getMessage() + ")", e);
        }
        if (image == null) {
            throw new IOException(file + ": not a PNG or JPEG image");
        }
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
