package org.digitlab.lesson;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.digitlab.data.AtomicFiles;

/**
 * Exports the challenge's gallery for the class: each fool as a grey PNG named after what was drawn
 * and what the model read ({@code fool-03-drew-4-read-9.png}), and {@code fools.csv} with one row a
 * fool. Every file is written whole or not at all ({@link AtomicFiles}); the CSV comes last, so a
 * CSV in the folder means every image it lists is there.
 */
public final class FoolGallery {

    public static final String CSV = "fools.csv";
    static final String CSV_HEADER = "file,intended,answer,confidence,model,time";

    private FoolGallery() {
    }

    /**
     * Writes the fools into {@code folder}, creating it if needed.
     *
     * @return the files written, the images first, the CSV last
     * @throws IOException naming the folder or the file that could not be written
     */
    public static List<Path> export(List<Fool> fools, Path folder) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(folder + " is not a folder; give a folder for the gallery's images and CSV");
        }
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (int i = 0; i < fools.size(); i++) {
            Fool fool = fools.get(i);
            String name = String.format(Locale.ROOT, "fool-%02d-drew-%d-read-%d.png", i + 1, fool.intended(),
                    fool.answer());
            Path file = folder.resolve(name);
            BufferedImage image = image(fool);
            AtomicFiles.write(file, out -> ImageIO.write(image, "png", out));
            written.add(file);
            csv.append(String.format(Locale.ROOT, "%s,%d,%d,%.4f,%s,%s\n", name, fool.intended(), fool.answer(),
                    fool.confidence(), csvField(fool.model()), fool.time()));
        }
        Path csvFile = folder.resolve(CSV);
        AtomicFiles.write(csvFile, out -> out.write(csv.toString().getBytes(StandardCharsets.UTF_8)));
        written.add(csvFile);
        return List.copyOf(written);
    }

    static BufferedImage image(Fool fool) {
        BufferedImage image = new BufferedImage(fool.width(), fool.height(), BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = image.getRaster();
        for (int y = 0; y < fool.height(); y++) {
            for (int x = 0; x < fool.width(); x++) {
                raster.setSample(x, y, 0, fool.pixel(x, y));
            }
        }
        return image;
    }

    /**
     * One row a fool: line breaks become spaces; a field with a comma or quote goes in quotes, its
     * quotes doubled (RFC 4180).
     */
    static String csvField(String text) {
        String oneLine = text.replace('\r', ' ').replace('\n', ' ');
        return oneLine.contains(",") || oneLine.contains("\"")
                ? "\"" + oneLine.replace("\"", "\"\"") + "\"" : oneLine;
    }
}
