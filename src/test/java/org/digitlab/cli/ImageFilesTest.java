package org.digitlab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.digitlab.fuzz.Bounded;
import org.digitlab.inference.ImageFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fuzzer's findings in the image decoder, kept as plain tests (the inputs are in the corpus too). */
class ImageFilesTest {

    @TempDir
    Path dir;

    @Test
    void pngWhoseHeaderAnnouncesHugeDimensionsIsRefusedBeforeDecoding() throws Exception {
        // 273 bytes announcing 134,217,736 x 8 pixels: ImageIO allocated 1.4 GB for it.
        Path png = copy("found-134217736x8-header.png");

        assertThatThrownBy(() -> Bounded.call(() -> ImageFiles.read(png)))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(png + ": 134217736×8 pixels is more than the 16 megapixels")
                .hasMessageContaining("scale it down");
    }

    @Test
    void jpegThatImageIoCannotParseIsAnErrorNamingTheFile() {
        Path jpeg = copy("found-unsupported-marker.jpg");

        assertThatThrownBy(() -> ImageFiles.read(jpeg))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(jpeg + ": a damaged");
    }

    private Path copy(String corpusName) {
        try (InputStream in = getClass().getResourceAsStream("/fuzz/image/" + corpusName)) {
            Path file = dir.resolve(corpusName);
            Files.write(file, in.readAllBytes());
            return file;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
