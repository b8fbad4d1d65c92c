package org.digitlab.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.digitlab.fuzz.Bounded;
import org.digitlab.fuzz.FuzzFiles;
import org.digitlab.fuzz.Mutations;

/**
 * Fuzzes the IDX reader with mutants of {@code fuzz/idx/} (raw, gzipped, and edited inside the
 * gzip): every input gives images or labels that agree with their header, or a
 * {@link DatasetFormatException} naming the file; within the time and heap bounds of {@link Bounded}.
 */
@Tag("slow")
class IdxReaderFuzzTest {

    private static final List<byte[]> SEEDS = Mutations.corpus("idx");
    private static final int CLASSES = 10;

    @Provide
    Arbitrary<byte[]> idxFiles() {
        return Arbitraries.oneOf(Mutations.of(SEEDS), Mutations.insideGzip(SEEDS));
    }

    @Property
    void imageFileGivesImagesMatchingItsHeaderOrANamedFormatError(@ForAll("idxFiles") byte[] content)
            throws Exception {
        Path file = FuzzFiles.write("train-images-idx3-ubyte", content);
        try {
            IdxImages images = Bounded.call(() -> IdxReader.readImages(file));
            assertThat(images.count()).isPositive();
            assertThat(images.rows()).isBetween(1, IdxReader.MAX_SIDE);
            assertThat(images.cols()).isBetween(1, IdxReader.MAX_SIDE);
            assertThat((long) images.pixels().length).isEqualTo((long) images.count() * images.rows() * images.cols());
        } catch (DatasetFormatException e) {
            assertThat(e.getMessage()).startsWith("train-images-idx3-ubyte: ").hasSizeGreaterThan(30);
        } finally {
            FuzzFiles.delete(file);
        }
    }

    @Property
    void labelFileGivesLabelsInRangeOrANamedFormatError(@ForAll("idxFiles") byte[] content) throws Exception {
        Path file = FuzzFiles.write("train-labels-idx1-ubyte", content);
        try {
            byte[] labels = Bounded.call(() -> IdxReader.readLabels(file, CLASSES));
            assertThat(labels).isNotEmpty();
            for (byte label : labels) {
                assertThat(Byte.toUnsignedInt(label)).isLessThan(CLASSES);
            }
        } catch (DatasetFormatException e) {
            assertThat(e.getMessage()).startsWith("train-labels-idx1-ubyte: ").hasSizeGreaterThan(30);
        } finally {
            FuzzFiles.delete(file);
        }
    }
}
