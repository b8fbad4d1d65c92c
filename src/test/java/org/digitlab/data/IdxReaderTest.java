package org.digitlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.digitlab.data.IdxFixtures.gzip;
import static org.digitlab.data.IdxFixtures.images;
import static org.digitlab.data.IdxFixtures.labels;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {

    private static final int CLASSES = 10;

    @TempDir
    Path dir;

    @Test
    void rawFilesAreRead() throws IOException {
        ImageSet set = IdxReader.read(write("img", images(3)), write("lbl", labels(7, 0, 9)), CLASSES);

        assertThat(set.size()).isEqualTo(3);
        assertThat(set.rows()).isEqualTo(2);
        assertThat(set.cols()).isEqualTo(3);
        assertThat(set.pixels()).isEqualTo(IdxFixtures.pixels(3));
        assertThat(set.label(0)).isEqualTo(7);
        assertThat(set.label(2)).isEqualTo(9);
        assertThat(set.pixel(1, 1, 2)).isEqualTo(200 + 10 + 5); // unsigned: above 127
    }

    @Test
    void gzipFilesAreDetectedByContentNotName() throws IOException {
        // Deliberately named without .gz: detection must look at the magic bytes.
        ImageSet set = IdxReader.read(write("img", gzip(images(2))), write("lbl.raw", gzip(labels(1, 2))), CLASSES);

        assertThat(set.pixels()).isEqualTo(IdxFixtures.pixels(2));
        assertThat(set.labels()).containsExactly(1, 2);
    }

    @Test
    void labelFileGivenAsImagesIsRejectedWithItsName() throws IOException {
        Path file = write("train-images-idx3-ubyte", labels(1, 2));

        assertThatThrownBy(() -> IdxReader.readImages(file))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageStartingWith("train-images-idx3-ubyte: expected magic 0x00000803 for an image file,"
                        + " found 0x00000801")
                .hasMessageContaining("label file");
    }

    @Test
    void wrongMagicIsRejectedWithTheFileName() throws IOException {
        Path file = write("bad-magic", images(0x12345678, 1, 2, 3, new byte[6]));

        assertThatThrownBy(() -> IdxReader.readImages(file))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("bad-magic")
                .hasMessageContaining("0x12345678");
    }

    @Test
    void wrongDimensionCountIsRejected() throws IOException {
        Path file = write("two-dims", images(0x00000802, 1, 2, 3, new byte[6]));

        assertThatThrownBy(() -> IdxReader.readImages(file))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("two-dims")
                .hasMessageContaining("2 dimensions instead of 3");
    }

    @Test
    void nonPositiveImageSizeIsRejected() throws IOException {
        Path file = write("zero-rows", images(IdxReader.IMAGE_MAGIC, 1, 0, 3, new byte[0]));

        assertThatThrownBy(() -> IdxReader.readImages(file))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("zero-rows")
                .hasMessageContaining("positive");
    }

    @Test
    void truncatedFileIsRejected() throws IOException {
        byte[] full = images(3);
        Path file = write("truncated", Arrays.copyOf(full, full.length - 1));

        assertThatThrownBy(() -> IdxReader.readImages(file))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("truncated: header announces 18 pixel bytes, the file holds only 17");
    }

    @Test
    void truncatedGzipIsRejectedWithItsName() throws IOException {
        byte[] gz = gzip(images(3));
        Path file = write("cut.gz", Arrays.copyOf(gz, gz.length / 2));

        assertThatThrownBy(() -> IdxReader.readImages(file))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageStartingWith("cut.gz: ");
    }

    @Test
    void truncatedHeaderIsRejected() throws IOException {
        Path file = write("stub", new byte[] {0, 0, 8, 3, 0});

        assertThatThrownBy(() -> IdxReader.readImages(file))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("stub: truncated");
    }

    @Test
    void trailingBytesAreRejected() throws IOException {
        byte[] full = images(2);
        Path file = write("trailing", Arrays.copyOf(full, full.length + 3));

        assertThatThrownBy(() -> IdxReader.readImages(file))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("trailing: 3 trailing bytes");
    }

    @Test
    void labelOutOfRangeIsRejected() throws IOException {
        Path file = write("labels", labels(3, 10));

        assertThatThrownBy(() -> IdxReader.readLabels(file, CLASSES))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("labels: label 10 at index 1 is outside 0..9");
    }

    @Test
    void imageAndLabelCountsMustAgree() throws IOException {
        Path imageFile = write("imgs", images(3));
        Path labelFile = write("lbls", labels(1, 2));

        assertThatThrownBy(() -> IdxReader.read(imageFile, labelFile, CLASSES))
                .isInstanceOf(DatasetFormatException.class)
                .hasMessage("lbls: holds 2 labels but imgs holds 3 images")
                .extracting(e -> ((DatasetFormatException) e).file()).isEqualTo(labelFile);
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }
}
