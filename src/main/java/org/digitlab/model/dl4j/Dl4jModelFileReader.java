package org.digitlab.model.dl4j;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.JsonErrors;
import org.digitlab.model.ModelFileException;
import org.digitlab.model.ModelFileJson;
import org.digitlab.model.ModelMetadata;
import org.digitlab.model.ModelSummary;
import org.digitlab.model.ModelZip;
import org.digitlab.model.SpecJson;
import org.digitlab.model.SpecJsonException;
import org.digitlab.model.SummaryRow;
import org.digitlab.model.TrainingHistory;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reads one model file and checks every part: that it is a zip within the limits of {@link
 * ModelZip}, that it has DL4J's and Digit Lab's entries, that each parses, that the weights are
 * as many as the spec says and all finite, and that the network agrees with its spec and
 * metadata. Every failure is a {@link ModelFileException} naming the file and what is wrong.
 *
 * <p>The network is rebuilt from its configuration and weights here rather than by {@code
 * ModelSerializer.restoreMultiLayerNetwork}, which inflates every entry whole, trusts the sizes
 * in the weights' header, and runs before anything could be checked.
 */
final class Dl4jModelFileReader {

    private static final List<String> REQUIRED = List.of(Dl4jModelFiles.CONFIGURATION_ENTRY,
            Dl4jModelFiles.COEFFICIENTS_ENTRY, Dl4jModelFiles.SPEC_ENTRY, Dl4jModelFiles.METADATA_ENTRY);
    /** The weights' two buffer headers take 96 bytes; this leaves room for a longer shape. */
    private static final long COEFFICIENTS_HEADER_BYTES = 1_024;

    private final Path file;

    Dl4jModelFileReader(Path file) {
        this.file = file;
    }

    Dl4jTrainedModel read() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ModelFileException(file, Files.isDirectory(file) ? "a folder, not a model file" : "no such file");
        }
        try (ModelZip zip = ModelZip.open(file)) {
            for (String name : REQUIRED) {
                if (!zip.has(name)) {
                    throw new ModelFileException(file, "not a Digit Lab model file: the entry " + name + " is missing");
                }
            }
            ArchitectureSpec spec = spec(zip);
            ModelMetadata metadata = parse(zip, Dl4jModelFiles.METADATA_ENTRY, "the metadata",
                    ModelFileJson::metadataFromJson);
            TrainingHistory history = zip.has(Dl4jModelFiles.HISTORY_ENTRY)
                    ? parse(zip, Dl4jModelFiles.HISTORY_ENTRY, "the training history", ModelFileJson::historyFromJson)
                    : TrainingHistory.EMPTY;
            ModelSummary summary = summary(spec);
            MultiLayerConfiguration configuration = configuration(zip);
            long expected = summary.totalParams();
            long configured = paramsOf(configuration);
            if (configured != expected) {
                throw new ModelFileException(file, "the network has " + configured
                        + " parameters but its spec '" + spec.id() + "' has " + expected);
            }
            float[] weights = weights(zip, expected);
            requireFinite(weights, summary);
            MultiLayerNetwork network = network(configuration, weights);
            check(spec, metadata, network);
            return new Dl4jTrainedModel(network, spec, metadata, history);
        }
    }

    private ArchitectureSpec spec(ModelZip zip) throws ModelFileException {
        byte[] json = zip.readJson(Dl4jModelFiles.SPEC_ENTRY, "the architecture spec", SpecJson.MAX_FILE_BYTES);
        try {
            return SpecJson.fromJson(json);
        } catch (SpecJsonException e) {
            String reason = e.getMessage().replaceFirst("^Invalid architecture JSON:? ?", "");
            throw new ModelFileException(file, "the architecture spec (" + Dl4jModelFiles.SPEC_ENTRY
                    + ") is not valid" + (reason.startsWith("at ") ? " " : ": ") + reason, e);
        }
    }

    private interface Parser<T> {
        T parse(byte[] json) throws IOException;
    }

    private <T> T parse(ModelZip zip, String entryName, String what, Parser<T> parser) throws ModelFileException {
        byte[] json = zip.readJson(entryName, what, ModelZip.MAX_JSON_ENTRY_BYTES);
        try {
            return parser.parse(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ModelFileException(file, what + " (" + entryName + ") is not valid"
                    + JsonErrors.describe(e), e);
        } catch (IOException | RuntimeException e) {
            throw new ModelFileException(file, what + " (" + entryName + ") is not valid: " + e.getMessage(), e);
        }
    }

    private ModelSummary summary(ArchitectureSpec spec) throws ModelFileException {
        try {
            return ModelSummary.of(spec);
        } catch (RuntimeException e) {
            throw new ModelFileException(file, "its spec describes a network that cannot be built: "
                    + e.getMessage(), e);
        }
    }

    private MultiLayerConfiguration configuration(ModelZip zip) throws ModelFileException {
        byte[] json = zip.readJson(Dl4jModelFiles.CONFIGURATION_ENTRY, "the network configuration",
                ModelZip.MAX_JSON_ENTRY_BYTES);
        MultiLayerConfiguration configuration;
        try {
            configuration = MultiLayerConfiguration.fromJson(new String(json, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new ModelFileException(file, "the network configuration (" + Dl4jModelFiles.CONFIGURATION_ENTRY
                    + ") is JSON but not a DL4J network: a field is missing or of the wrong kind", e);
        }
        if (configuration.getConfs() == null || configuration.getConfs().isEmpty()
                || configuration.getConfs().stream().anyMatch(c -> c == null || c.getLayer() == null)) {
            throw new ModelFileException(file, "the network configuration (" + Dl4jModelFiles.CONFIGURATION_ENTRY
                    + ") lists no layers, or a layer without its settings");
        }
        return configuration;
    }

    /** What DL4J's {@code init} will allocate, computed without allocating it. */
    private long paramsOf(MultiLayerConfiguration configuration) throws ModelFileException {
        try {
            long total = 0;
            for (NeuralNetConfiguration layer : configuration.getConfs()) {
                total = Math.addExact(total, layer.getLayer().initializer().numParams(layer));
            }
            return total;
        } catch (RuntimeException e) {
            throw new ModelFileException(file, "the network configuration (" + Dl4jModelFiles.CONFIGURATION_ENTRY
                    + ") has a layer whose sizes are missing or impossible", e);
        }
    }

    private float[] weights(ModelZip zip, long expected) throws ModelFileException {
        if (expected < 0 || expected > ModelZip.MAX_ENTRY_BYTES / Float.BYTES) {
            throw new ModelFileException(file, "its spec has " + expected + " parameters, more than the "
                    + ModelZip.MAX_ENTRY_BYTES / Float.BYTES + " a model file may hold");
        }
        long limit = expected * Float.BYTES + COEFFICIENTS_HEADER_BYTES;
        byte[] bytes = zip.read(Dl4jModelFiles.COEFFICIENTS_ENTRY, "the weights", limit);
        try {
            return Dl4jCoefficients.parse(bytes, expected);
        } catch (IOException e) {
            throw new ModelFileException(file, "the weights (" + Dl4jModelFiles.COEFFICIENTS_ENTRY
                    + ") are damaged: " + e.getMessage(), e);
        }
    }

    /** A diverged run saves NaN weights, which then answer "0 (NaN%)" to every image. */
    private void requireFinite(float[] weights, ModelSummary summary) throws ModelFileException {
        for (int i = 0; i < weights.length; i++) {
            if (!Float.isFinite(weights[i])) {
                String kind = Float.isNaN(weights[i]) ? "NaN" : "infinite values";
                throw new ModelFileException(file, "its weights contain " + kind + " (first in layer "
                        + layerOf(i, summary) + "): it was saved from a diverged run; retrain it,"
                        + " with a smaller learning rate");
            }
        }
    }

    /** The Keras name of the layer that holds flat weight {@code index}. */
    private static String layerOf(long index, ModelSummary summary) {
        long end = 0;
        for (SummaryRow row : summary.rows()) {
            end += row.params();
            if (index < end) {
                return row.name();
            }
        }
        return "?";
    }

    private MultiLayerNetwork network(MultiLayerConfiguration configuration, float[] weights)
            throws ModelFileException {
        try {
            MultiLayerNetwork network = new MultiLayerNetwork(configuration);
            network.init(Nd4j.createFromArray(weights), false);
            return network;
        } catch (RuntimeException e) {
            throw new ModelFileException(file, "the network in it cannot be built from its configuration: "
                    + firstLine(e.getMessage()), e);
        }
    }

    private void check(ArchitectureSpec spec, ModelMetadata metadata, MultiLayerNetwork network)
            throws ModelFileException {
        if (!metadata.input().equals(spec.input())) {
            throw new ModelFileException(file, "the metadata's input " + metadata.input()
                    + " differs from the spec's " + spec.input());
        }
        long outputs = network.getOutputLayer().getParam("b").length();
        if (outputs != spec.numClasses() || metadata.classLabels().size() != spec.numClasses()) {
            throw new ModelFileException(file, "the network has " + outputs + " outputs, the spec "
                    + spec.numClasses() + " classes and the metadata "
                    + metadata.classLabels().size() + " class labels");
        }
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "DL4J gave no reason; the configuration does not fit the weights";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
