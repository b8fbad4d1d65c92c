package org.digitlab.model.dl4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.digitlab.fuzz.Bounded;
import org.digitlab.fuzz.FuzzFiles;
import org.digitlab.fuzz.Mutations;
import org.digitlab.model.ModelFileException;
import org.digitlab.model.TrainedModel;

/**
 * Fuzzes the model-file reader with mutants of {@code fuzz/model/}: entries edited, dropped,
 * duplicated or added inside valid zip framing (so the reader gets to the JSON and the network),
 * the weights and the zip's raw bytes too. Every input gives a model whose network matches its
 * spec, or a
 * {@link ModelFileException} naming the file; within the bounds of {@link Bounded}.
 */
@Tag("slow")
class ModelFileFuzzTest {

    private static final List<byte[]> SEEDS = Mutations.corpus("model");
    private static final String NAME = "fuzzed-model.zip";
    /*
     * Edits of the weights' binary header once crashed the JVM (ND4J's Nd4j.read trusted its buffer
     * lengths: bytes 18-25 of coefficients.bin set to 0x0200000000000030 died with SIGSEGV in
     * Nd4jCpu.allocateDataBuffer). The reader now parses the weights itself within the spec's
     * parameter count, so raw zip edits and edits of coefficients.bin are fuzzed like the rest.
     */

    /** ND4J's native start-up (seconds on a busy machine) is no part of a try's time bound. */
    @BeforeContainer
    static void startNd4j() throws Exception {
        Path file = FuzzFiles.write(NAME, SEEDS.get(SEEDS.size() - 1));
        try {
            new Dl4jModelFiles().load(file);
        } finally {
            FuzzFiles.delete(file);
        }
    }

    @Provide
    Arbitrary<byte[]> modelFiles() {
        return Arbitraries.frequencyOf(Tuple.of(1, Mutations.of(SEEDS)),
                Tuple.of(3, Mutations.insideZip(SEEDS, name -> true)));
    }

    @Property
    void modelFileGivesAModelOrAnErrorNamingTheFile(@ForAll("modelFiles") byte[] content) throws Exception {
        Path file = FuzzFiles.write(NAME, content);
        try {
            TrainedModel model = Bounded.call(() -> new Dl4jModelFiles().load(file));
            assertThat(model.spec()).isNotNull();
            assertThat(model.metadata()).isNotNull();
        } catch (ModelFileException e) {
            assertThat(e.getMessage()).startsWith(NAME + ": ").hasSizeGreaterThan(NAME.length() + 10);
        } finally {
            FuzzFiles.delete(file);
        }
    }
}
