package org.digitlab.model.dl4j;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.params.BatchNormalizationParamInitializer;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.LayerSpec;
import org.digitlab.model.ModelSummary;
import org.digitlab.model.Padding;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Keras files for tests, made without Keras by {@code src/test/python/keras_files.py} (h5py and
 * numpy): a layer list in, {@code keras2.h5}, {@code keras3.h5} and {@code model.keras} out, and
 * Keras' forward pass in numpy for the predictions to compare with. Also the other way, a Digit
 * Lab model's weights exported into Keras' layout, for the MNIST accuracy comparisons.
 */
public final class KerasFiles {

    static final String SCRIPT = "src/test/python/keras_files.py";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long PYTHON_TIMEOUT_MINUTES = 10;

    private KerasFiles() {
    }

    /** Debian's python3 (with python3-h5py and python3-numpy, see .ci/run); a pyenv shim may lack them. */
    public static String python() {
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    /** Runs the script and returns its standard output; fails the test with its output otherwise. */
    public static String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(python(), SCRIPT));
        command.addAll(Arrays.asList(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(PYTHON_TIMEOUT_MINUTES, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as("%s %s:%n%s", python(), String.join(" ", args), output).isZero();
        return output;
    }

    /** Writes the three Keras files of a layer list into {@code dir}. */
    public static void write(Path dir, ObjectNode spec) throws IOException, InterruptedException {
        Path specFile = dir.resolve("spec.json");
        Files.writeString(specFile, JSON.writeValueAsString(spec));
        run("write", specFile.toString(), dir.toString());
    }

    /** Keras' probabilities for NHWC images, by numpy from the HDF5 file itself. */
    public static INDArray predict(Path h5, INDArray images) throws IOException, InterruptedException {
        Path in = h5.resolveSibling("images.npy");
        Path out = h5.resolveSibling("probabilities.npy");
        writeNpy(in, images);
        run("predict", h5.toString(), in.toString(), out.toString());
        return readNpy(out);
    }

    public static ObjectNode spec(int... input) {
        ObjectNode spec = JSON.createObjectNode();
        ArrayNode shape = spec.putArray("input");
        Arrays.stream(input).forEach(shape::add);
        spec.putArray("layers");
        spec.put("seed", 7);
        return spec;
    }

    /** Adds a layer; {@code config} alternates keys and values. */
    public static ObjectNode layer(ObjectNode spec, String kerasClass, Object... config) {
        ObjectNode layer = ((ArrayNode) spec.get("layers")).addObject();
        layer.put("class", kerasClass);
        ObjectNode conf = layer.putObject("config");
        for (int i = 0; i < config.length; i += 2) {
            conf.set((String) config[i], JSON.valueToTree(config[i + 1]));
        }
        return layer;
    }

    // ------------------------------------------------------------- a Digit Lab model in Keras' layout

    /**
     * The spec's layers as Keras layers, with the network's weights turned into Keras' shapes
     * (the inverse of the import): Conv2D kernels (out, in, kh, kw) → (kh, kw, in, out), batch
     * normalization's log10 standard deviation → moving variance.
     */
    public static ObjectNode export(Dl4jTrainedModel model, Path dir) throws IOException {
        ArchitectureSpec arch = model.spec();
        ObjectNode spec = spec(arch.input().height(), arch.input().width(), arch.input().channels());
        ModelSummary summary = ModelSummary.of(arch);
        for (int i = 0; i < arch.layers().size(); i++) {
            LayerSpec layer = arch.layers().get(i);
            Layer dl4j = summary.rows().get(i).params() > 0 ? model.network().getLayer(summary.rows().get(i).name())
                    : null;
            ObjectNode keras = exportLayer(spec, layer);
            if (dl4j != null) {
                ArrayNode files = keras.putArray("weights");
                int n = 0;
                for (INDArray array : kerasArrays(layer, dl4j)) {
                    String name = "w" + i + "_" + n++ + ".npy";
                    writeNpy(dir.resolve(name), array);
                    files.add(name);
                }
            }
        }
        return spec;
    }

    private static ObjectNode exportLayer(ObjectNode spec, LayerSpec layer) {
        if (layer instanceof LayerSpec.Conv2D c) {
            return layer(spec, "Conv2D", "filters", c.filters(), "kernel_size", List.of(c.kernelH(), c.kernelW()),
                    "strides", List.of(c.strideH(), c.strideW()), "padding", c.padding() == Padding.SAME ? "same"
                    : "valid", "activation", c.activation().jsonName());
        } else if (layer instanceof LayerSpec.MaxPool p) {
            return layer(spec, "MaxPooling2D", "pool_size", List.of(p.poolH(), p.poolW()),
                    "strides", List.of(p.strideH(), p.strideW()));
        } else if (layer instanceof LayerSpec.AvgPool p) {
            return layer(spec, "AveragePooling2D", "pool_size", List.of(p.poolH(), p.poolW()),
                    "strides", List.of(p.strideH(), p.strideW()));
        } else if (layer instanceof LayerSpec.Dense d) {
            return layer(spec, "Dense", "units", d.units(), "activation", d.activation().jsonName());
        } else if (layer instanceof LayerSpec.Output o) {
            return layer(spec, "Dense", "units", o.units(), "activation", o.activation().jsonName());
        } else if (layer instanceof LayerSpec.Dropout d) {
            return layer(spec, "Dropout", "rate", d.rate());
        } else if (layer instanceof LayerSpec.ActivationLayer a) {
            return layer(spec, "Activation", "activation", a.activation().jsonName());
        } else if (layer instanceof LayerSpec.BatchNorm) {
            return layer(spec, "BatchNormalization", "epsilon", 0.001);
        } else if (layer instanceof LayerSpec.Flatten) {
            return layer(spec, "Flatten");
        }
        throw new IllegalArgumentException("no Keras export for " + layer);
    }

    private static List<INDArray> kerasArrays(LayerSpec layer, Layer dl4j) {
        if (layer instanceof LayerSpec.Conv2D) {
            return List.of(dl4j.getParam("W").permute(2, 3, 1, 0).dup('c'), dl4j.getParam("b").reshape(-1));
        }
        if (layer instanceof LayerSpec.BatchNorm) {
            INDArray logStd = dl4j.getParam(BatchNormalizationParamInitializer.GLOBAL_LOG_STD).castTo(DataType.DOUBLE);
            INDArray ten = Nd4j.valueArrayOf(logStd.shape(), 10.0).castTo(DataType.DOUBLE);
            INDArray variance = org.nd4j.linalg.ops.transforms.Transforms.pow(ten, logStd.mul(2));
            return List.of(dl4j.getParam("gamma").reshape(-1), dl4j.getParam("beta").reshape(-1),
                    dl4j.getParam("mean").reshape(-1), variance.reshape(-1));
        }
        return List.of(dl4j.getParam("W"), dl4j.getParam("b").reshape(-1));
    }

    // ------------------------------------------------------------- .npy files (float32, C order)

    public static void writeNpy(Path file, INDArray array) throws IOException {
        INDArray values = array.castTo(DataType.FLOAT).dup('c');
        String shape = Arrays.stream(values.shape()).mapToObj(Long::toString)
                .reduce((a, b) -> a + ", " + b).map(s -> values.rank() == 1 ? s + "," : s).orElse("");
        StringBuilder header = new StringBuilder("{'descr': '<f4', 'fortran_order': False, 'shape': ("
                + shape + "), }");
        while ((10 + header.length() + 1) % 64 != 0) {
            header.append(' ');
        }
        header.append('\n');
        float[] data = values.data().asFloat();
        ByteBuffer buffer = ByteBuffer.allocate(10 + header.length() + 4 * data.length).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        buffer.putShort((short) header.length());
        buffer.put(header.toString().getBytes(StandardCharsets.US_ASCII));
        buffer.asFloatBuffer().put(data);
        Files.write(file, buffer.array());
    }

    public static INDArray readNpy(Path file) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int headerLength = buffer.getShort(8);
        String header = new String(buffer.array(), 10, headerLength, StandardCharsets.US_ASCII);
        assertThat(header).contains("'descr': '<f4'").contains("'fortran_order': False");
        String dims = header.replaceFirst(".*'shape': \\(([^)]*)\\).*\\s*", "$1").trim();
        long[] shape = Arrays.stream(dims.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .mapToLong(Long::parseLong).toArray();
        float[] data = new float[(int) Arrays.stream(shape).reduce(1, (a, b) -> a * b)];
        buffer.position(10 + headerLength);
        buffer.asFloatBuffer().get(data);
        return Nd4j.create(data, shape, 'c');
    }
}
