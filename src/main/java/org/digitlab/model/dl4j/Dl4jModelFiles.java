package org.digitlab.model.dl4j;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.digitlab.data.AtomicFiles;
import org.digitlab.model.AppVersion;
import org.digitlab.model.ModelFileException;
import org.digitlab.model.ModelFileJson;
import org.digitlab.model.ModelFiles;
import org.digitlab.model.ModelMetadata;
import org.digitlab.model.SpecJson;
import org.digitlab.model.TrainedModel;
import org.digitlab.model.keras.KerasFormat;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Model files as one zip: DL4J's own entries ({@code configuration.json}, {@code
 * coefficients.bin}), so that plain {@code ModelSerializer.restoreMultiLayerNetwork} reads it,
 * plus Digit Lab's entries under {@code digitlab/}: the spec, the metadata and the history.
 * Keras files load too: they are imported ({@link Dl4jKerasReader}) into the same kind of model.
 */
public final class Dl4jModelFiles implements ModelFiles {

    static final String CONFIGURATION_ENTRY = "configuration.json";
    static final String COEFFICIENTS_ENTRY = "coefficients.bin";
    static final String SPEC_ENTRY = "digitlab/spec.json";
    static final String METADATA_ENTRY = "digitlab/metadata.json";
    static final String HISTORY_ENTRY = "digitlab/history.json";

    @Override
    public void save(TrainedModel model, Path file) throws IOException {
        Dl4jTrainedModel dl4j = Dl4jTrainedModel.of(model);
        // Who wrote it: a plain-DL4J reader needs a DL4J at least as new as the one that wrote the file.
        ModelMetadata metadata = dl4j.metadata().withSaved(Instant.now())
                .withWriter(AppVersion.current(), AppVersion.dl4j());
        AtomicFiles.write(file, out -> {
            ZipOutputStream zip = new ZipOutputStream(out);
            copyNetworkEntries(dl4j, zip);
            putText(zip, SPEC_ENTRY, SpecJson.toJson(dl4j.spec()));
            putText(zip, METADATA_ENTRY, ModelFileJson.metadataToJson(metadata));
            putText(zip, HISTORY_ENTRY, ModelFileJson.historyToJson(dl4j.history()));
            zip.finish();
        });
    }

    /** DL4J writes a zip of its own; its entries are copied into ours unchanged. */
    private static void copyNetworkEntries(Dl4jTrainedModel model, ZipOutputStream zip)
            throws IOException {
        ByteArrayOutputStream networkZip = new ByteArrayOutputStream();
        ModelSerializer.writeModel(model.network(), networkZip, false);
        try (ZipInputStream in = new ZipInputStream(
                new java.io.ByteArrayInputStream(networkZip.toByteArray()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
    }

    private static void putText(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** A Keras file ({@code .h5}, {@code .hdf5}, {@code .keras}) is imported; anything else is a model file. */
    @Override
    public TrainedModel load(Path file) throws IOException {
        if (KerasFormat.isKerasName(file)) {
            return new Dl4jKerasReader(file).read();
        }
        return new Dl4jModelFileReader(file).read();
    }

    @Override
    public TrainedModel rebuild(TrainedModel model, Path file) throws IOException {
        Dl4jTrainedModel old = Dl4jTrainedModel.of(model);
        MultiLayerNetwork fresh = new MultiLayerNetwork(Dl4jNetworkFactory.configuration(old.spec()));
        fresh.init();
        Map<String, INDArray> before = old.network().paramTable();
        Map<String, INDArray> after = fresh.paramTable();
        if (!before.keySet().equals(after.keySet()) || before.entrySet().stream()
                .anyMatch(e -> !java.util.Arrays.equals(e.getValue().shape(), after.get(e.getKey()).shape()))) {
            throw new ModelFileException(file, "its network's layers differ from those Digit Lab builds for its spec '"
                    + old.spec().id() + "'; it cannot be upgraded without retraining");
        }
        fresh.setParams(old.network().params()); // a copy of the same floats
        return new Dl4jTrainedModel(fresh, old.spec(), old.metadata(), old.history());
    }
}
