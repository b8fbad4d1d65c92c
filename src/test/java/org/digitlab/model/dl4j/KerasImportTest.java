package org.digitlab.model.dl4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.digitlab.model.dl4j.KerasFiles.layer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.digitlab.model.LayerSpec;
import org.digitlab.model.ModelFileException;
import org.digitlab.model.Padding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Keras files of each format, written by h5py as Keras lays them out, import with Keras'
 * predictions: numpy's forward pass over the same file, layer by layer as Keras defines it, is
 * the reference (not Digit Lab's own code).
 */
class KerasImportTest {

    static final List<String> FORMATS = List.of("keras2.h5", "keras3.h5", "model.keras");

    @TempDir Path dir;

    private final Dl4jModelFiles files = new Dl4jModelFiles();

    /** Every supported layer kind, odd sizes, strides, "same" padding with an odd pixel. */
    static ObjectNode everyLayerKind() {
        ObjectNode spec = KerasFiles.spec(13, 11, 1);
        layer(spec, "Conv2D", "filters", 4, "kernel_size", 3, "strides", 2, "padding", "same", "activation", "relu");
        layer(spec, "BatchNormalization", "image", true);
        layer(spec, "ZeroPadding2D", "padding", 1);
        layer(spec, "Conv2D", "filters", 5, "kernel_size", List.of(2, 3), "activation", "linear", "use_bias", false);
        layer(spec, "ReLU");
        layer(spec, "MaxPooling2D", "pool_size", 2, "strides", 1);
        layer(spec, "Conv2D", "filters", 6, "kernel_size", 2, "activation", "tanh");
        layer(spec, "AveragePooling2D", "pool_size", List.of(2, 1));
        layer(spec, "Flatten");
        layer(spec, "Dense", "units", 12, "activation", "sigmoid");
        layer(spec, "BatchNormalization", "scale", false);
        layer(spec, "Dropout", "rate", 0.3);
        layer(spec, "Activation", "activation", "relu");
        layer(spec, "Dense", "units", 10);
        layer(spec, "Activation", "activation", "softmax");
        return spec;
    }

    @Test
    void everyFormatImportsWithKerasPredictions() throws Exception {
        KerasFiles.write(dir, everyLayerKind());
        INDArray images = Nd4j.rand(DataType.FLOAT, 32, 13, 11, 1);
        INDArray expected = KerasFiles.predict(dir.resolve("keras2.h5"), images);
        assertThat(expected.argMax(1).toIntVector()).as("a reference that tells images apart")
                .satisfies(winners -> assertThat(java.util.Arrays.stream(winners).distinct().count()).isGreaterThan(1));
        for (String format : FORMATS) {
            Dl4jTrainedModel model = Dl4jTrainedModel.of(files.load(dir.resolve(format)));
            INDArray actual = model.network().output(images);
            assertThat(maxDifference(actual, expected)).as(format).isLessThan(1e-5);
        }
        assertThat(maxDifference(KerasFiles.predict(dir.resolve("keras3.h5"), images), expected)).isZero();
    }

    @Test
    void importedSpecIsTheKerasModelsLayersAndStatesTheScaling() throws Exception {
        KerasFiles.write(dir, everyLayerKind());
        Dl4jTrainedModel model = Dl4jTrainedModel.of(files.load(dir.resolve("model.keras")));

        List<LayerSpec> layers = model.spec().layers();
        assertThat(layers).hasSize(14); // Dense + Activation('softmax') are one classifier
        assertThat(layers.get(0)).isEqualTo(new LayerSpec.Conv2D(4, 3, 3, 2, 2, Padding.SAME,
                org.digitlab.model.Activation.RELU));
        assertThat(layers.get(layers.size() - 1)).isEqualTo(LayerSpec.Output.softmax(10));
        assertThat(model.spec().input()).isEqualTo(new org.digitlab.model.InputShape(13, 11, 1));
        assertThat(model.metadata().pixelScale()).isEqualTo(1 / 255.0);
        assertThat(model.metadata().source()).contains("Keras 3.3.3 .keras file model.keras")
                .contains("divided by 255");
        assertThat(model.metadata().dl4jVersion()).isEqualTo("1.0.0-M2.1");
        assertThat(model.spec().training().learningRate()).isEqualTo(0.0005); // from compile_config
    }

    @Test
    void flatInputWithLogitsImportsAsAnImageClassifier() throws Exception {
        ObjectNode spec = KerasFiles.spec(784);
        layer(spec, "Dense", "units", 16, "activation", "relu");
        layer(spec, "Dense", "units", 10);
        KerasFiles.write(dir, spec);
        INDArray images = Nd4j.rand(DataType.FLOAT, 8, 28, 28, 1);
        INDArray logits = KerasFiles.predict(dir.resolve("keras2.h5"), images);
        INDArray expected = org.nd4j.linalg.ops.transforms.Transforms.softmax(logits, true);

        Dl4jTrainedModel model = Dl4jTrainedModel.of(files.load(dir.resolve("keras3.h5")));
        assertThat(model.spec().layers().get(0)).isInstanceOf(LayerSpec.Flatten.class);
        assertThat(model.spec().input().size()).isEqualTo(784);
        assertThat(maxDifference(model.network().output(images.reshape(8, 784)), expected)).isLessThan(1e-5);
        assertThat(model.metadata().source()).contains("logits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"keras2.h5", "keras3.h5", "model.keras"})
    void unsupportedLayerIsRefusedByName(String format) throws Exception {
        ObjectNode spec = KerasFiles.spec(28, 28, 1);
        layer(spec, "Flatten");
        layer(spec, "Dense", "units", 8, "activation", "relu");
        layer(spec, "LSTM", "units", 4);
        layer(spec, "Dense", "units", 10, "activation", "softmax");
        KerasFiles.write(dir, spec);
        assertThatThrownBy(() -> files.load(dir.resolve(format))).isInstanceOf(ModelFileException.class)
                .hasMessage(format + ": layer 'lstm' (LSTM) is not supported: Digit Lab imports Dense, Conv2D,"
                        + " MaxPooling2D, AveragePooling2D, Flatten, Dropout, Activation, ReLU, Softmax,"
                        + " BatchNormalization, ZeroPadding2D and InputLayer");
    }

    @Test
    void unsupportedSettingsAreRefusedNamingLayerAndSetting() throws Exception {
        ObjectNode spec = KerasFiles.spec(28, 28, 1);
        layer(spec, "Conv2D", "filters", 4, "kernel_size", 3, "activation", "elu");
        layer(spec, "Flatten");
        layer(spec, "Dense", "units", 10, "activation", "softmax");
        KerasFiles.write(dir, spec);
        assertThatThrownBy(() -> files.load(dir.resolve("keras2.h5")))
                .hasMessageStartingWith("keras2.h5: layer 'conv2d' (Conv2D) has activation 'elu', which is not"
                        + " supported");

        ObjectNode eps = KerasFiles.spec(28, 28, 1);
        layer(eps, "BatchNormalization", "epsilon", 1e-5);
        layer(eps, "Flatten");
        layer(eps, "Dense", "units", 10, "activation", "softmax");
        KerasFiles.write(dir, eps);
        assertThatThrownBy(() -> files.load(dir.resolve("model.keras")))
                .hasMessageContaining("layer 'batch_normalization' (BatchNormalization) has epsilon 1.0E-5");
    }

    @Test
    void filesThatAreNotKerasModelsAreRefusedNamingTheFile() throws Exception {
        Path picture = dir.resolve("digit.h5");
        Files.write(picture, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        assertThatThrownBy(() -> files.load(picture)).isInstanceOf(ModelFileException.class)
                .hasMessage("digit.h5: not a Keras model file: it is neither HDF5 (model.save('m.h5'))"
                        + " nor a .keras zip");

        KerasFiles.write(dir, flatModel());
        byte[] whole = Files.readAllBytes(dir.resolve("keras2.h5"));
        Path truncated = dir.resolve("cut.h5");
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> files.load(truncated)).isInstanceOf(ModelFileException.class)
                .hasMessageStartingWith("cut.h5: ");

        Path zip = dir.resolve("other.keras");
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("notes.txt"));
            out.write("hello".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> files.load(zip)).isInstanceOf(ModelFileException.class)
                .hasMessage("other.keras: not a Keras model: a zip without Keras' config.json and model.weights.h5");
    }

    @Test
    void fileOverTheSizeLimitIsRefusedUnread() throws Exception {
        Path huge = dir.resolve("huge.h5");
        try (var file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.write(new byte[] {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'});
            file.setLength(org.digitlab.model.keras.KerasFormat.MAX_FILE_BYTES + 1); // sparse: no disk used
        }
        assertThatThrownBy(() -> files.load(huge)).isInstanceOf(ModelFileException.class)
                .hasMessage("huge.h5: it is 400,000,001 bytes, more than the 400 MB a model may have; refused unread");
    }

    static ObjectNode flatModel() {
        ObjectNode spec = KerasFiles.spec(28, 28, 1);
        layer(spec, "Flatten");
        layer(spec, "Dense", "units", 10, "activation", "softmax");
        return spec;
    }

    static double maxDifference(INDArray a, INDArray b) {
        return a.castTo(DataType.DOUBLE).sub(b.castTo(DataType.DOUBLE)).amaxNumber().doubleValue();
    }
}
