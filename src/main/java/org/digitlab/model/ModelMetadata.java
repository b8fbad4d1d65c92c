package org.digitlab.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a model file says about its network besides the weights: enough to feed it the right
 * input and to tell a student where it came from.
 *
 * @param appVersion Digit Lab version that wrote the file
 * @param datasetId dataset the model was trained on
 * @param input the input the network expects (height, width, channels)
 * @param classLabels names of the output classes, index = class
 * @param pixelScale factor from 0..255 pixel values to the network's input (1/255)
 * @param seed seed of weight initialisation and shuffling
 * @param created when training started
 * @param saved when the file was written
 * @param test test figures, or {@code null} when the model was not evaluated
 * @param run how the training run went (stopped? limited?), or {@code null} when not known (a
 *     file written before Digit Lab kept it)
 * @param dl4jVersion the Deeplearning4j version that wrote the file, or {@code null} in files
 *     written before Digit Lab recorded it
 * @param source where the network came from when Digit Lab did not train it ("Imported from the
 *     Keras 2.15.0 file m.h5. Inputs are assumed to be..."), or {@code null}
 */
public record ModelMetadata(String appVersion, String datasetId, InputShape input,
        List<String> classLabels, double pixelScale, long seed, Instant created, Instant saved,
        TestFigures test, RunFacts run, String dl4jVersion, String source) {

    /** Pixel values 0..255 are divided by 255, as the notebooks do. */
    public static final double UNIT_PIXEL_SCALE = 1.0 / 255.0;

    @JsonCreator
    public ModelMetadata {
        // A file whose "input" key is damaged must be refused here, not fail later with a bare NPE.
        Objects.requireNonNull(input, "the input shape is missing");
        classLabels = List.copyOf(classLabels);
    }

    /** Metadata of a network Digit Lab trained, before a file recorded who wrote it. */
    public ModelMetadata(String appVersion, String datasetId, InputShape input, List<String> classLabels,
            double pixelScale, long seed, Instant created, Instant saved, TestFigures test, RunFacts run) {
        this(appVersion, datasetId, input, classLabels, pixelScale, seed, created, saved, test, run, null, null);
    }

    /** Metadata that does not (yet) know how its run went. */
    public ModelMetadata(String appVersion, String datasetId, InputShape input, List<String> classLabels,
            double pixelScale, long seed, Instant created, Instant saved, TestFigures test) {
        this(appVersion, datasetId, input, classLabels, pixelScale, seed, created, saved, test, null);
    }

    public ModelMetadata withTest(TestFigures figures) {
        return new ModelMetadata(appVersion, datasetId, input, classLabels, pixelScale, seed, created,
                saved, figures, run, dl4jVersion, source);
    }

    public ModelMetadata withSaved(Instant when) {
        return new ModelMetadata(appVersion, datasetId, input, classLabels, pixelScale, seed, created,
                when, test, run, dl4jVersion, source);
    }

    public ModelMetadata withRun(RunFacts facts) {
        return new ModelMetadata(appVersion, datasetId, input, classLabels, pixelScale, seed, created,
                saved, test, facts, dl4jVersion, source);
    }

    /** The versions of Digit Lab and DL4J writing the file now. */
    public ModelMetadata withWriter(String newAppVersion, String newDl4jVersion) {
        return new ModelMetadata(newAppVersion, datasetId, input, classLabels, pixelScale, seed, created,
                saved, test, run, newDl4jVersion, source);
    }
}
