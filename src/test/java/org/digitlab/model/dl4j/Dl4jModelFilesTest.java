package org.digitlab.model.dl4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.digitlab.model.AppVersion;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.EpochMetrics;
import org.digitlab.model.LayerSpec;
import org.digitlab.model.ModelFileException;
import org.digitlab.model.ModelMetadata;
import org.digitlab.model.Presets;
import org.digitlab.model.TestFigures;
import org.digitlab.model.TrainingHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class Dl4jModelFilesTest {

    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    @TempDir Path dir;

    private final Dl4jModelFiles files = new Dl4jModelFiles();

    @Test
    void savedModelLoadsWithIdenticalOutputsAndEveryPart() throws IOException {
        Dl4jTrainedModel model = model(Presets.get("lenet5-small"));
        Path file = dir.resolve("lenet.zip");
        files.save(model, file);

        Dl4jTrainedModel loaded = Dl4jTrainedModel.of(files.load(file));
        INDArray input = Nd4j.rand(new int[] {3, 28, 28, 1}).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT);
        assertThat(loaded.network().output(input)).isEqualTo(model.network().output(input));
        assertThat(loaded.spec()).isEqualTo(model.spec());
        assertThat(loaded.history()).isEqualTo(model.history());
        assertThat(loaded.metadata().test()).isEqualTo(model.metadata().test());
        assertThat(loaded.metadata().classLabels()).isEqualTo(DIGITS);
        assertThat(loaded.metadata().saved()).isNotNull();
        try (var listing = Files.list(dir)) {
            assertThat(listing).containsExactly(file); // no temporary file left behind
        }
    }

    @Test
    void plainDl4jReadsTheModelFile() throws IOException {
        Dl4jTrainedModel model = model(Presets.get("mlp-100"));
        Path file = dir.resolve("mlp.zip");
        files.save(model, file);
        MultiLayerNetwork plain = ModelSerializer.restoreMultiLayerNetwork(file.toFile());
        assertThat(plain.numParams()).isEqualTo(79_510);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertThat(zip.getEntry("digitlab/spec.json")).isNotNull();
            assertThat(zip.getEntry("digitlab/metadata.json")).isNotNull();
            assertThat(zip.getEntry("digitlab/history.json")).isNotNull();
        }
    }

    @Test
    void garbageIsRejectedWithTheFileName() throws IOException {
        Path file = dir.resolve("garbage.zip");
        Files.writeString(file, "this is not a model");
        assertRejected(file, "garbage.zip", "not a readable zip");
    }

    @Test
    void truncatedFileIsRejectedWithTheFileName() throws IOException {
        Path good = dir.resolve("good.zip");
        files.save(model(Presets.get("mlp-100")), good);
        byte[] bytes = Files.readAllBytes(good);
        Path truncated = dir.resolve("truncated.zip");
        Files.write(truncated, Arrays.copyOf(bytes, bytes.length / 2));
        assertRejected(truncated, "truncated.zip", "corrupt or truncated");
    }

    @Test
    void foreignZipIsRejectedNamingTheMissingEntry() throws IOException {
        Path file = dir.resolve("photos.zip");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("cat.txt"));
            zip.write("meow".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertRejected(file, "photos.zip", "not a Digit Lab model file");
    }

    @Test
    void plainDl4jModelWithoutOurEntriesIsRejected() throws IOException {
        Path file = dir.resolve("plain.zip");
        ModelSerializer.writeModel(model(Presets.get("mlp-100")).network(), file.toFile(), false);
        assertRejected(file, "plain.zip", "digitlab/spec.json is missing");
    }

    @Test
    void specThatDisagreesWithTheNetworkIsRejected() throws IOException {
        ArchitectureSpec spec = Presets.get("mlp-100");
        Dl4jTrainedModel model = model(spec);
        List<LayerSpec> layers = new java.util.ArrayList<>(spec.layers());
        int dense = layers.indexOf(layers.stream().filter(l -> l instanceof LayerSpec.Dense).findFirst().orElseThrow());
        layers.set(dense, new LayerSpec.Dense(50, ((LayerSpec.Dense) layers.get(dense)).activation()));
        Dl4jTrainedModel lying = new Dl4jTrainedModel(model.network(), spec.withLayers(layers),
                model.metadata(), model.history());
        Path file = dir.resolve("lying.zip");
        files.save(lying, file);
        assertRejected(file, "lying.zip", "parameters");
    }

    @Test
    void missingFileIsRejectedWithItsName() {
        assertRejected(dir.resolve("nowhere.zip"), "nowhere.zip", "no such file");
    }

    private void assertRejected(Path file, String name, String reason) {
        assertThatThrownBy(() -> files.load(file))
                .isInstanceOf(ModelFileException.class)
                .hasMessageContaining(name)
                .hasMessageContaining(reason);
    }

    static Dl4jTrainedModel model(ArchitectureSpec spec) {
        MultiLayerNetwork network = Dl4jNetworkFactory.build(spec);
        ModelMetadata metadata = new ModelMetadata(AppVersion.current(), "mnist", spec.input(), DIGITS,
                ModelMetadata.UNIT_PIXEL_SCALE, spec.training().seed(), Instant.parse("2026-11-23T10:00:00Z"),
                null, new TestFigures("mnist", "test", 0.25, 0.93, 10_000));
        TrainingHistory history = TrainingHistory.EMPTY
                .plus(new EpochMetrics(1, 0.5, 0.85, 0.3, 0.9, 2.5, 24_000))
                .plus(new EpochMetrics(2, 0.3, 0.91, Double.NaN, Double.NaN, 2.4, 25_000));
        return new Dl4jTrainedModel(network, spec, metadata, history);
    }

}
