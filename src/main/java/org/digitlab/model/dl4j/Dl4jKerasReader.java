package org.digitlab.model.dl4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.deeplearning4j.nn.modelimport.keras.Hdf5Archive;
import org.deeplearning4j.nn.modelimport.keras.exceptions.UnsupportedKerasConfigurationException;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.digitlab.data.BoundedReads;
import org.digitlab.model.AppVersion;
import org.digitlab.model.ModelFileException;
import org.digitlab.model.ModelMetadata;
import org.digitlab.model.ModelSummary;
import org.digitlab.model.ModelZip;
import org.digitlab.model.TrainingHistory;
import org.digitlab.model.keras.KerasConfig;
import org.digitlab.model.keras.KerasFormat;
import org.digitlab.model.keras.KerasModel;
import org.digitlab.model.keras.WeightedLayer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Imports a Keras Sequential model: its configuration becomes a Digit Lab spec ({@link
 * KerasConfig}), the network is built from the spec by {@link Dl4jNetworkFactory} as any Digit
 * Lab network is, and the weights are read from HDF5 with DL4J's {@link Hdf5Archive} and set
 * layer by layer ({@link Dl4jKerasWeights}). DL4J's own {@code KerasModelImport} is not used: it
 * knows neither Keras 3's configuration nor its {@code .keras} zips, and its networks would not
 * be the app's own (its training step, its feature-map views).
 *
 * <p>HDF5 files keep a layer's weights under {@code model_weights/<layer name>/} (Keras 2:
 * {@code dense/kernel:0}; Keras 3: the variables' paths); a {@code .keras} zip's {@code
 * model.weights.h5} under {@code layers/<class in snake case>[_n]/vars/0..n}.
 */
final class Dl4jKerasReader {

    private static final String ZIP_CONFIG = "config.json";
    private static final String ZIP_METADATA = "metadata.json";
    private static final String ZIP_WEIGHTS = "model.weights.h5";
    private static final String MODEL_WEIGHTS = "model_weights";
    private static final String LAYERS = "layers";
    private static final String VARS = "vars";

    private final Path file;

    Dl4jKerasReader(Path file) {
        this.file = file;
    }

    Dl4jTrainedModel read() throws IOException {
        KerasFormat format = KerasFormat.of(file);
        return format == KerasFormat.HDF5 ? readHdf5() : readZip();
    }

    private Dl4jTrainedModel readHdf5() throws IOException {
        try (Hdf5Archive archive = open(file)) {
            if (!archive.hasAttribute("model_config")) {
                throw new ModelFileException(file, "not a Keras model: an HDF5 file without a model configuration"
                        + (archive.getGroups().contains(MODEL_WEIGHTS) || archive.getGroups().isEmpty() ? ""
                        : " (weights only, from save_weights?)") + "; save the whole model with model.save('m.h5')");
            }
            byte[] config = attribute(archive, "model_config");
            byte[] training = archive.hasAttribute("training_config") ? attribute(archive, "training_config") : null;
            String version = archive.hasAttribute("keras_version")
                    ? new String(attribute(archive, "keras_version"), StandardCharsets.UTF_8) : null;
            KerasModel model = KerasConfig.parse(file, config, training, version);
            List<List<INDArray>> weights = new ArrayList<>();
            for (WeightedLayer layer : model.weighted()) {
                weights.add(arrays(archive, layer, MODEL_WEIGHTS, layer.name()));
            }
            return build(model, weights, "Keras " + model.kerasVersion() + " HDF5");
        }
    }

    private Dl4jTrainedModel readZip() throws IOException {
        try (ModelZip zip = ModelZip.open(file)) {
            if (!zip.has(ZIP_CONFIG) || !zip.has(ZIP_WEIGHTS)) {
                throw new ModelFileException(file, "not a Keras model: a zip without Keras' " + ZIP_CONFIG
                        + " and " + ZIP_WEIGHTS);
            }
            byte[] config = zip.readJson(ZIP_CONFIG, "the model configuration", KerasFormat.MAX_CONFIG_BYTES);
            String version = zip.has(ZIP_METADATA) ? kerasVersion(zip.readJson(ZIP_METADATA, "the metadata",
                    KerasFormat.MAX_CONFIG_BYTES)) : null;
            KerasModel model = KerasConfig.parse(file, config, null, version);
            Path weightsFile = Files.createTempFile("digitlab-keras-", ".h5");
            try {
                Files.write(weightsFile, zip.read(ZIP_WEIGHTS, "the weights", KerasFormat.MAX_FILE_BYTES));
                try (Hdf5Archive archive = open(weightsFile)) {
                    List<List<INDArray>> weights = new ArrayList<>();
                    for (WeightedLayer layer : model.weighted()) {
                        weights.add(arrays(archive, layer, LAYERS, layer.savedName(), VARS));
                    }
                    return build(model, weights, "Keras " + model.kerasVersion() + " .keras");
                }
            } finally {
                Files.deleteIfExists(weightsFile);
            }
        }
    }

    private String kerasVersion(byte[] metadata) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(metadata).path("keras_version")
                    .asText(null);
        } catch (IOException e) {
            return null; // the version is for the record; the configuration decides
        }
    }

    private Hdf5Archive open(Path hdf5) throws ModelFileException {
        // HDF5 prints its error stack to stderr by default; the message here says it in one line.
        org.bytedeco.hdf5.global.hdf5.H5Eset_auto2(org.bytedeco.hdf5.global.hdf5.H5E_DEFAULT(), null, null);
        try {
            return new Hdf5Archive(hdf5.toString());
        } catch (RuntimeException e) {
            throw new ModelFileException(file, "its HDF5 data cannot be read (corrupt or truncated)", e);
        }
    }

    private byte[] attribute(Hdf5Archive archive, String name) throws ModelFileException {
        try {
            String text = archive.readAttributeAsString(name);
            if (text.length() > KerasFormat.MAX_CONFIG_BYTES) {
                throw new ModelFileException(file, "its " + name + " is " + BoundedReads.size(text.length())
                        + ", far more than any model's; refused");
            }
            return text.getBytes(StandardCharsets.UTF_8);
        } catch (UnsupportedKerasConfigurationException | RuntimeException e) {
            throw new ModelFileException(file, "its attribute " + name + " cannot be read as text; the file is"
                    + " damaged or not a Keras model", e);
        }
    }

    /**
     * The layer's arrays in Keras' order. HDF5 files name them (kernel, bias, gamma, ... with
     * ":0" in Keras 2, under the variables' paths in Keras 3); {@code .keras} files number them.
     */
    private List<INDArray> arrays(Hdf5Archive archive, WeightedLayer layer, String... group)
            throws ModelFileException {
        List<String[]> paths = new ArrayList<>();
        try {
            if (!groupExists(archive, group)) {
                throw new ModelFileException(file, layer.describe() + " has no weights in the file (no group "
                        + String.join("/", group) + ")");
            }
            collect(archive, group, paths, 0);
        } catch (RuntimeException e) {
            throw new ModelFileException(file, "the weights of " + layer.describe() + " cannot be read", e);
        }
        if (paths.size() != layer.variables().size()) {
            throw new ModelFileException(file, layer.describe() + " has " + paths.size() + " weight arrays in the"
                    + " file; its configuration needs " + layer.variables().size() + " (" + String.join(", ",
                    layer.variables()) + ")");
        }
        List<INDArray> arrays = new ArrayList<>();
        for (String variable : layer.variables()) {
            String[] path = find(paths, variable, layer);
            try {
                arrays.add(archive.readDataSet(path[path.length - 1],
                        java.util.Arrays.copyOf(path, path.length - 1)));
            } catch (UnsupportedKerasConfigurationException | RuntimeException e) {
                throw new ModelFileException(file, "the " + variable + " of " + layer.describe()
                        + " cannot be read (" + e.getMessage() + ")", e);
            }
        }
        return arrays;
    }

    private static boolean groupExists(Hdf5Archive archive, String[] group) {
        for (int depth = 0; depth < group.length; depth++) {
            if (!archive.getGroups(java.util.Arrays.copyOf(group, depth)).contains(group[depth])) {
                return false;
            }
        }
        return true;
    }

    /** Every dataset under the group, a few levels deep ({@code dense/dense/kernel:0}). */
    private static void collect(Hdf5Archive archive, String[] group, List<String[]> into, int depth) {
        for (String name : archive.getDataSets(group)) {
            String[] path = java.util.Arrays.copyOf(group, group.length + 1);
            path[group.length] = name;
            into.add(path);
        }
        if (depth < 4) {
            for (String child : archive.getGroups(group)) {
                String[] path = java.util.Arrays.copyOf(group, group.length + 1);
                path[group.length] = child;
                collect(archive, path, into, depth + 1);
            }
        }
    }

    /** The dataset named after the variable, else (a .keras file) the one numbered by its place. */
    private String[] find(List<String[]> paths, String variable, WeightedLayer layer) throws ModelFileException {
        for (String[] path : paths) {
            if (path[path.length - 1].replaceFirst(":\\d+$", "").equals(variable)) {
                return path;
            }
        }
        String index = Integer.toString(layer.variables().indexOf(variable));
        for (String[] path : paths) {
            if (path[path.length - 1].equals(index)) {
                return path;
            }
        }
        throw new ModelFileException(file, layer.describe() + " has no " + variable + " in the file (it holds "
                + String.join(", ", paths.stream().map(p -> String.join("/", p)).toList()) + ")");
    }

    private Dl4jTrainedModel build(KerasModel model, List<List<INDArray>> weights, String format)
            throws ModelFileException {
        MultiLayerNetwork network = Dl4jNetworkFactory.build(model.spec());
        ModelSummary summary = ModelSummary.of(model.spec());
        Dl4jKerasWeights setter = new Dl4jKerasWeights(file);
        for (int i = 0; i < weights.size(); i++) {
            WeightedLayer layer = model.weighted().get(i);
            setter.set(network.getLayer(summary.rows().get(layer.specIndex()).name()), layer, weights.get(i));
        }
        Instant now = Instant.now();
        List<String> labels = IntStream.range(0, model.spec().numClasses()).mapToObj(Integer::toString).toList();
        ModelMetadata metadata = new ModelMetadata(AppVersion.current(), model.spec().training().datasetId(),
                model.spec().input(), labels, ModelMetadata.UNIT_PIXEL_SCALE, model.spec().training().seed(),
                now, now, null, null, AppVersion.dl4j(), model.spec().description().replace(
                "the Keras " + model.kerasVersion() + " file", "the " + format + " file"));
        return new Dl4jTrainedModel(network, model.spec(), metadata, TrainingHistory.EMPTY);
    }
}
