package org.digitlab.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.digitlab.EvilFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFilesTest {

    @TempDir Path dir;

    @Test
    void pngThatDeclares20000By20000PixelsIsRefusedFromItsHeaderBeforeDecoding() throws IOException {
        Path file = Files.write(dir.resolve("bomb.png"), EvilFiles.hugePng(20_000, 20_000));
        assertThat(Files.size(file)).isLessThan(1_000_000); // small on disk, 1.6 GB as our grey values

        assertThatThrownBy(() -> ImageFiles.read(file))
                .isInstanceOf(IOException.class)
                .hasMessage(file + ": 20000×20000 pixels is more than the 16 megapixels an image may have;"
                        + " scale it down (a digit needs a few hundred pixels)");
        assertThat(EvilFiles.allocatedBy(() -> ImageFiles.read(file))).isLessThan(16_000_000L);
    }

    @Test
    void imageJustUnderTheCeilingIsRead() throws IOException {
        Path file = Files.write(dir.resolve("wide.png"), EvilFiles.hugePng(8_000, 2_000));

        GrayImage image = ImageFiles.read(file);

        assertThat(image.width()).isEqualTo(8_000);
        assertThat(image.height()).isEqualTo(2_000);
        assertThat(image.get(7_999, 1_999)).isZero(); // all black
    }

    @Test
    void cutShortPngNamesTheFileAndSaysSo() throws IOException {
        byte[] png = png(photo(400, 300));
        Path file = Files.write(dir.resolve("cut.png"), Arrays.copyOf(png, png.length / 3));

        assertThatThrownBy(() -> ImageFiles.read(file))
                .hasMessageStartingWith(file + ": a damaged or cut-short PNG image");
    }

    @Test
    void textFileIsNotAnImageAndIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.png"), "my digits");

        assertThatThrownBy(() -> ImageFiles.read(file)).hasMessage(file + ": not an image (PNG, JPEG, GIF or BMP)");
    }

    @Test
    void folderAndMissingFileAreNamed() {
        assertThatThrownBy(() -> ImageFiles.read(dir)).hasMessage(dir + ": not a file but a folder");
        Path missing = dir.resolve("gone.png");
        assertThatThrownBy(() -> ImageFiles.read(missing)).hasMessage(missing + ": no such file");
    }

    @Test
    void bytesDecodeAsTheFileDoesTransparentAsWhite() throws IOException {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, 0xFF000000); // opaque black
        image.setRGB(1, 0, 0x00000000); // transparent: paper

        GrayImage gray = ImageFiles.decode(png(image), "in memory");

        assertThat(gray.width()).isEqualTo(3);
        assertThat(gray.get(0, 0)).isZero();
        assertThat(gray.get(1, 0)).isEqualTo(GrayImage.WHITE);
        assertThatThrownBy(() -> ImageFiles.decode(new byte[] {1, 2, 3}, "three bytes"))
                .hasMessageStartingWith("three bytes: ");
    }

    private static BufferedImage photo(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(3);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000)); // noise, so the PNG is not tiny
            }
        }
        return image;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
