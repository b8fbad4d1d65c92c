package org.digitlab.ui.evaluation;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.digitlab.data.AtomicFiles;

/** Writes pictures as PNG with the JDK's own encoder (no JavaFX–Swing bridge needed). */
final class PngFiles {

    private PngFiles() {
    }

    static void write(Picture picture, Path file) throws IOException {
        BufferedImage image = new BufferedImage(picture.width(), picture.height(), BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, picture.width(), picture.height(), picture.argb(), 0, picture.width());
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer in this Java runtime");
            }
        });
    }
}
