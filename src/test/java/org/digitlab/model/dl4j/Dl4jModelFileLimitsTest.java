package org.digitlab.model.dl4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.digitlab.EvilFiles;
import org.digitlab.Slow;
import org.digitlab.model.InputShape;
import org.digitlab.model.ModelFileException;
import org.digitlab.model.ModelMetadata;
import org.digitlab.model.ModelSummary;
import org.digitlab.model.Presets;
import org.digitlab.model.SummaryRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Model files made to hurt: zip bombs, lying zip directories, junk entries, damaged entries and
 * NaN weights. Each is refused with the file's name and a reason in words, within bounded memory.
 */
@Slow
class Dl4jModelFileLimitsTest {

    /** Loading a small model allocates a few MB; reading a bomb whole would allocate hundreds. */
    private static final long BOUNDED_ALLOCATION = 64_000_000L;
    private static final long BOMB_BYTES = 300_000_000L;

    @TempDir static Path dir;

    private static Path good;
    private static Map<String, byte[]> goodEntries;
    private final Dl4jModelFiles files = new Dl4jModelFiles();

    @BeforeAll
    static void saveAGoodModel() throws IOException {
        good = dir.resolve("good.zip");
        new Dl4jModelFiles().save(Dl4jModelFilesTest.model(Presets.get("mlp-100")), good);
        goodEntries = EvilFiles.entries(good);
        new Dl4jModelFiles().load(good); // ND4J's start-up allocates once; the bombs are measured after it
    }

    @Test
    void specThatInflatesToHundredsOfMegabytesIsRefusedUnreadWithBoundedMemory() throws IOException {
        Path bomb = dir.resolve("spec-bomb.zip");
        EvilFiles.zipWithBomb(bomb, goodEntries, Dl4jModelFiles.SPEC_ENTRY, BOMB_BYTES,
                goodEntries.get(Dl4jModelFiles.SPEC_ENTRY));

        assertRefused(bomb, "spec-bomb.zip", "digitlab/spec.json");
        assertThat(EvilFiles.allocatedBy(() -> files.load(bomb))).isLessThan(BOUNDED_ALLOCATION);
    }

    @Test
    void bombWhoseZipDirectoryLiesAboutItsSizeStopsAtTheCeiling() throws IOException {
        Path bomb = dir.resolve("lying-bomb.zip");
        EvilFiles.zipWithBomb(bomb, goodEntries, Dl4jModelFiles.METADATA_ENTRY, BOMB_BYTES,
                goodEntries.get(Dl4jModelFiles.METADATA_ENTRY));
        EvilFiles.lieAboutSize(bomb, Dl4jModelFiles.METADATA_ENTRY, 600);

        assertRefused(bomb, "lying-bomb.zip", "inflates to more than");
        assertThat(EvilFiles.allocatedBy(() -> files.load(bomb))).isLessThan(BOUNDED_ALLOCATION);
    }

    @Test
    void zipOfThousandsOfJunkEntriesIsRefusedByItsDirectory() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(goodEntries);
        byte[] junk = new byte[1_000];
        new java.util.Random(1).nextBytes(junk);
        for (int i = 0; i < 5_000; i++) {
            entries.put("junk/" + i + ".bin", junk);
        }
        Path file = dir.resolve("junk.zip");
        EvilFiles.zip(file, entries);

        assertRefused(file, "junk.zip", "it holds " + entries.size() + " entries");
        assertThat(EvilFiles.allocatedBy(() -> files.load(file))).isLessThan(BOUNDED_ALLOCATION);
    }

    @Test
    void nanWeightsAreRefusedNamingTheLayer() throws IOException {
        Dl4jTrainedModel model = Dl4jModelFilesTest.model(Presets.get("mlp-100"));
        MultiLayerNetwork network = model.network();
        network.params().putScalar(network.numParams() - 1, Float.NaN); // the output layer's last bias
        Path file = dir.resolve("diverged.zip");
        files.save(model, file);

        List<SummaryRow> rows = ModelSummary.of(model.spec()).rows();
        String lastLayer = rows.stream().filter(r -> r.params() > 0).reduce((a, b) -> b).orElseThrow().name();
        assertRefused(file, "diverged.zip", "its weights contain NaN (first in layer " + lastLayer
                + "): it was saved from a diverged run; retrain it");
    }

    @Test
    void infiniteWeightsAreRefusedToo() throws IOException {
        Dl4jTrainedModel model = Dl4jModelFilesTest.model(Presets.get("mlp-100"));
        model.network().params().putScalar(7, Float.POSITIVE_INFINITY);
        Path file = dir.resolve("infinite.zip");
        files.save(model, file);

        assertRefused(file, "infinite.zip", "its weights contain infinite values (first in layer dense)");
    }

    @Test
    void shapesInMessagesReadAsHeightByWidthByChannelsNotAsARecord() throws IOException {
        Dl4jTrainedModel model = Dl4jModelFilesTest.model(Presets.get("mlp-100"));
        ModelMetadata m = model.metadata();
        ModelMetadata wrongInput = new ModelMetadata(m.appVersion(), m.datasetId(), new InputShape(56, 56, 1),
                m.classLabels(), m.pixelScale(), m.seed(), m.created(), m.saved(), m.test());
        Path file = dir.resolve("mixed-up.zip");
        files.save(model.withMetadata(wrongInput), file);

        assertRefused(file, "mixed-up.zip", "the metadata's input 56×56×1 differs from the spec's 28×28×1");
    }

    @Test
    void flippedBitInTheWeightsIsCaughtByTheChecksum() throws IOException {
        Path file = dir.resolve("flipped.zip");
        EvilFiles.zipStored(file, goodEntries); // stored, so the weights' bytes lie in the file as they are
        byte[] bytes = java.nio.file.Files.readAllBytes(file);
        byte[] weights = goodEntries.get(Dl4jModelFiles.COEFFICIENTS_ENTRY);
        byte[] tail = java.util.Arrays.copyOfRange(weights, weights.length - 64, weights.length);
        int at = indexOf(bytes, tail);
        bytes[at + 63] ^= 1; // the lowest mantissa bit of the last weight: still a finite float
        java.nio.file.Files.write(file, bytes);

        assertRefused(file, "flipped.zip", "cannot read the weights (coefficients.bin): its checksum does not match");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (java.util.Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

    static Stream<Arguments> damagedEntries() {
        return Stream.of(
                Arguments.of("configuration.json", new byte[0], "configuration"),
                Arguments.of("configuration.json", "{}".getBytes(StandardCharsets.UTF_8), "configuration"),
                Arguments.of("configuration.json", "[".repeat(100_000).getBytes(StandardCharsets.UTF_8),
                        "nested more than"),
                Arguments.of("coefficients.bin", new byte[0], "truncated"),
                Arguments.of("coefficients.bin", new byte[] {0, 4, (byte) 0xff, (byte) 0xfe, 1, 2, 3, 4}, "weights"),
                Arguments.of("coefficients.bin", hugeLengthHeader(), "weights"),
                Arguments.of("digitlab/metadata.json", new byte[] {(byte) 0xff, 0}, "metadata"),
                Arguments.of("digitlab/spec.json", "{\"id\": 3}".getBytes(StandardCharsets.UTF_8), "spec"));
    }

    /** Each damaged entry is named in words: no "no details", no DataInputStream's "malformed input". */
    @ParameterizedTest(name = "{0} = {2}")
    @MethodSource("damagedEntries")
    void damagedEntryIsNamedInWords(String entry, byte[] content, String expected) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(goodEntries);
        entries.put(entry, content);
        Path file = dir.resolve("damaged.zip");
        EvilFiles.zip(file, entries);

        assertThatThrownBy(() -> files.load(file))
                .isInstanceOf(ModelFileException.class)
                .hasMessageStartingWith("damaged.zip: ")
                .hasMessageContaining(expected)
                .hasMessageNotContaining("no details")
                .hasMessageNotContaining("malformed input")
                .hasMessageNotContaining("Exception")
                .hasMessageNotContaining("java.");
    }

    /** DL4J's weight header, but claiming 2^40 float values: believing it asks for 4 TB. */
    private static byte[] hugeLengthHeader() {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeUTF("MIXED_DATA_TYPES");
            out.writeLong(6);
            out.writeUTF("LONG");
            for (long v : new long[] {1, 1L << 40, 1, 8192, 1, 'c'}) {
                out.writeLong(v);
            }
            out.writeUTF("MIXED_DATA_TYPES");
            out.writeLong(1L << 40);
            out.writeUTF("FLOAT");
            out.writeFloat(1f);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private void assertRefused(Path file, String name, String reason) {
        assertThatThrownBy(() -> files.load(file))
                .isInstanceOf(ModelFileException.class)
                .hasMessageStartingWith(name + ": ")
                .hasMessageContaining(reason);
    }
}
