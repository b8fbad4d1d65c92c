package org.digitlab.model.dl4j;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.digitlab.data.dl4j.NativeSetup;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.ModelFileException;
import org.digitlab.model.ModelFileJson;
import org.digitlab.model.ModelMetadata;
import org.digitlab.model.ModelSummary;
import org.digitlab.model.SpecJson;
import org.digitlab.model.TrainingHistory;

/**
 * Reads one model file and checks every part: that it is a zip, that it has DL4J's and Digit
 * Lab's entries, that each parses, and that the network agrees with its spec and metadata. Every
 * failure is a {@link ModelFileException} naming the file and what is wrong.
 */
final class Dl4jModelFileReader {

    private static final List<String> REQUIRED = List.of("configuration.json", "coefficients.bin",
            Dl4jModelFiles.SPEC_ENTRY, Dl4jModelFiles.METADATA_ENTRY);

    private final Path file;

    Dl4jModelFileReader(Path file) {
        this.file = file;
    }

    Dl4jTrainedModel read() throws IOException {
        NativeSetup.apply();
        if (!Files.isRegularFile(file)) {
            throw new ModelFileException(file, "no such file");
        }
        ArchitectureSpec spec;
        ModelMetadata metadata;
        TrainingHistory history;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (String name : REQUIRED) {
                if (zip.getEntry(name) == null) {
                    throw new ModelFileException(file, "not a Digit Lab model file: the entry "
                            + name + " is missing");
                }
            }
            spec = parse(zip, Dl4jModelFiles.SPEC_ENTRY, "the architecture spec",
                    SpecJson::fromJson);
            metadata = parse(zip, Dl4jModelFiles.METADATA_ENTRY, "the metadata",
                    ModelFileJson::metadataFromJson);
            history = zip.getEntry(Dl4jModelFiles.HISTORY_ENTRY) == null ? TrainingHistory.EMPTY
                    : parse(zip, Dl4jModelFiles.HISTORY_ENTRY, "the training history",
                            ModelFileJson::historyFromJson);
        } catch (ZipException e) {
            throw new ModelFileException(file, "not a readable zip file (corrupt or truncated)", e);
        }
        MultiLayerNetwork network = restore();
        check(spec, metadata, network);
        return new Dl4jTrainedModel(network, spec, metadata, history);
    }

    private interface Parser<T> {
        T parse(String json) throws IOException;
    }

    private <T> T parse(ZipFile zip, String entryName, String what, Parser<T> parser)
            throws ModelFileException {
        ZipEntry entry = zip.getEntry(entryName);
        try (InputStream in = zip.getInputStream(entry)) {
            return parser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new ModelFileException(file, what + " (" + entryName + ") is unreadable: "
                    + firstLine(e.getMessage()), e);
        }
    }

    private MultiLayerNetwork restore() throws ModelFileException {
        try {
            return ModelSerializer.restoreMultiLayerNetwork(file.toFile(), false);
        } catch (IOException | RuntimeException e) {
            throw new ModelFileException(file, "the network in it cannot be read: "
                    + firstLine(e.getMessage()), e);
        }
    }

    private void check(ArchitectureSpec spec, ModelMetadata metadata, MultiLayerNetwork network)
            throws ModelFileException {
        long expected = ModelSummary.of(spec).totalParams();
        if (network.numParams() != expected) {
            throw new ModelFileException(file, "the network has " + network.numParams()
                    + " parameters but its spec '" + spec.id() + "' has " + expected);
        }
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
        if (message == null) {
            return "no details";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
