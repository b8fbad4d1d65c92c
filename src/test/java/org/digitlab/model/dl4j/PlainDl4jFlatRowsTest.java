package org.digitlab.model.dl4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipFile;
import org.deeplearning4j.nn.conf.preprocessor.FeedForwardToCnnPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.digitlab.RealMnist;
import org.digitlab.data.ImageSet;
import org.digitlab.model.ModelFileJson;
import org.digitlab.model.ModelMetadata;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * DL4J's own MNIST convention on Digit Lab's shipped CNNs: plain DL4J ({@code ModelSerializer},
 * nothing of Digit Lab's reader) loads the zip and scores flat rows of 784 values, as {@code
 * MnistDataSetIterator} gives them (here built from the cached IDX files, which that iterator
 * would download again), with the same answers as the channels-last images the app feeds.
 */
class PlainDl4jFlatRowsTest {

    private static final int IMAGES = 2_000;

    @TempDir Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"lenet5", "cnn-batchnorm", "cnn-3conv"})
    void shippedCnnScoresFlatRowsWithPlainDl4j(String id) throws IOException {
        Path file = Path.of("sample-models", id + ".zip");
        MultiLayerNetwork network = ModelSerializer.restoreMultiLayerNetwork(file.toFile());
        assertThat(network.getLayerWiseConfigurations().getInputPreProcess(0))
                .isInstanceOf(FeedForwardToCnnPreProcessor.class);

        ImageSet test = RealMnist.plain().test();
        float[] pixels = new float[IMAGES * 784];
        int[] labels = new int[IMAGES];
        for (int i = 0; i < IMAGES; i++) {
            for (int p = 0; p < 784; p++) {
                pixels[i * 784 + p] = test.pixel(i, p / 28, p % 28) / 255f; // row by row, as DL4J's MNIST
            }
            labels[i] = test.label(i);
        }
        INDArray rows = Nd4j.create(pixels, new long[] {IMAGES, 784}, 'c');
        INDArray flat = network.output(rows);
        INDArray images = network.output(rows.reshape('c', IMAGES, 28, 28, 1));

        assertThat(flat.sub(images).amaxNumber().doubleValue()).isEqualTo(0.0);
        int[] predicted = flat.argMax(1).toIntVector();
        long right = java.util.stream.IntStream.range(0, IMAGES).filter(i -> predicted[i] == labels[i]).count();
        assertThat(right / (double) IMAGES).as(id + " accuracy on flat rows").isGreaterThan(0.98);
        assertThat(flat.dataType()).isEqualTo(DataType.FLOAT);
    }

    /** DL4J's own iterator over the cached IDX files (given their folder, it downloads nothing). */
    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.Timeout(300)
    void shippedCnnScoresMnistDataSetIteratorBatches() throws IOException {
        MultiLayerNetwork network = ModelSerializer.restoreMultiLayerNetwork(
                Path.of("sample-models", "cnn-3conv.zip").toFile());
        var iterator = new org.deeplearning4j.datasets.iterator.impl.MnistDataSetIterator(500, IMAGES, false, false,
                false, 0, org.digitlab.data.DatasetStore.defaultStore().cacheDir("mnist").toFile());
        org.nd4j.evaluation.classification.Evaluation evaluation = network.evaluate(iterator);
        assertThat(evaluation.getNumRowCounter()).isEqualTo(IMAGES);
        assertThat(evaluation.accuracy()).isGreaterThan(0.98);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cnn-3conv", "cnn-batchnorm", "lenet5-classic", "cnn-3conv-uncentered"})
    void newCnnsTakeFlatRowsAsTheirImages(String preset) {
        org.digitlab.model.ArchitectureSpec spec = org.digitlab.model.Presets.get(preset);
        MultiLayerNetwork network = Dl4jNetworkFactory.build(spec);
        int side = spec.input().height();
        INDArray images = Nd4j.rand(DataType.FLOAT, 4, side, side, 1);
        assertThat(network.output(images.reshape('c', 4, side * side)).sub(network.output(images))
                .amaxNumber().doubleValue()).isEqualTo(0.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lenet5", "cnn-batchnorm", "cnn-3conv", "mlp-512-256"})
    void shippedModelsSayWhichVersionsWroteThem(String id) throws IOException {
        try (ZipFile zip = new ZipFile(Path.of("sample-models", id + ".zip").toFile())) {
            ModelMetadata metadata = ModelFileJson.metadataFromJson(
                    zip.getInputStream(zip.getEntry("digitlab/metadata.json")).readAllBytes());
            if (!id.startsWith("mlp")) {
                assertThat(metadata.dl4jVersion()).isEqualTo("1.0.0-M2.1");
            }
            assertThat(metadata.appVersion()).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"lenet5", "cnn-3conv"})
    void upgradeKeepsEveryWeightBitForBit(String id) throws IOException {
        Dl4jModelFiles files = new Dl4jModelFiles();
        Path original = Path.of("sample-models", id + ".zip");
        Dl4jTrainedModel model = Dl4jTrainedModel.of(files.load(original));
        Path upgraded = dir.resolve(id + ".zip");
        files.save(files.rebuild(model, original), upgraded);

        Dl4jTrainedModel again = Dl4jTrainedModel.of(files.load(upgraded));
        assertThat(again.network().params().data().asFloat()).isEqualTo(model.network().params().data().asFloat());
        assertThat(again.spec()).isEqualTo(model.spec());
        assertThat(again.history()).isEqualTo(model.history());
        assertThat(again.metadata().test()).isEqualTo(model.metadata().test());
        assertThat(Arrays.asList(again.network().getLayerWiseConfigurations().getInputPreProcess(0)))
                .hasOnlyElementsOfType(FeedForwardToCnnPreProcessor.class);
    }
}
