package org.digitlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tag;
import org.digitlab.fuzz.Bounded;
import org.digitlab.fuzz.FuzzFiles;
import org.digitlab.fuzz.Mutations;
import org.digitlab.inference.GrayImage;
import org.digitlab.inference.ImageFiles;

/**
 * Fuzzes the image decoder of {@code predict} with mutants of {@code fuzz/image/} (PNG, JPEG, GIF,
 * BMP): every input gives a grey image of consistent size with values in 0..255, or an
 * {@link IOException} naming the file; within the bounds of {@link Bounded}.
 */
@Tag("slow")
class ImageFilesFuzzTest {

    private static final List<byte[]> SEEDS = Mutations.corpus("image");
    private static final String NAME = "fuzzed-digit.png";

    @Provide
    Arbitrary<byte[]> imageFiles() {
        return Mutations.of(SEEDS);
    }

    @Property
    void imageFileGivesAGreyImageOrAnErrorNamingTheFile(@ForAll("imageFiles") byte[] content) throws Exception {
        Path file = FuzzFiles.write(NAME, content);
        try {
            GrayImage image = Bounded.call(() -> ImageFiles.read(file));
            assertThat(image.values()).hasSize(image.width() * image.height());
            for (float v : image.values()) {
                assertThat(v).isBetween(0f, 255f);
            }
        } catch (IOException e) {
            assertThat(e.getMessage()).contains(NAME);
        } finally {
            FuzzFiles.delete(file);
        }
    }
}
