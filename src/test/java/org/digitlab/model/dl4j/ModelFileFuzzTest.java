package org.digitlab.model.dl4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
 * and with {@value #COEFFICIENTS_PROPERTY} also the weights and the zip's raw bytes. Every input gives a model whose network matches its spec, or a
 * {@link ModelFileException} naming the file; within the bounds of {@link Bounded}.
 */
class ModelFileFuzzTest {

    private static final List<byte[]> SEEDS = Mutations.corpus("model");
    private static final String NAME = "fuzzed-model.zip";
    /**
     * Edits of the weights' binary header crash the JVM today: ND4J's {@code Nd4j.read} trusts its
     * buffer lengths and {@code Nd4jCpu.allocateDataBuffer} dies with SIGSEGV (e.g. the first length,
     * bytes 18-25 of {@code coefficients.bin}, set to 0x0200000000000030). A crash would end the
     * whole test run, so those edits (and raw edits of the zip, which can reach them) run only
     * with {@code -Ddigitlab.fuzz.coefficients=true}, until the reader checks that header itself.
     */
    static final String COEFFICIENTS_PROPERTY = "digitlab.fuzz.coefficients";
    private static final String COEFFICIENTS = "coefficients.bin";

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
        if (Boolean.getBoolean(COEFFICIENTS_PROPERTY)) {
            return Arbitraries.frequencyOf(Tuple.of(1, Mutations.of(SEEDS)),
                    Tuple.of(3, Mutations.insideZip(SEEDS, name -> true)));
        }
        return Mutations.insideZip(SEEDS, name -> !COEFFICIENTS.equals(name));
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
