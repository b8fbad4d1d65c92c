package org.digitlab.model;

import java.io.IOException;
import java.nio.file.Path;

/** Saves and loads model files; the engine's adapter implements it. */
public interface ModelFiles {

    /** File name extension of model files. */
    String EXTENSION = ".zip";
    /**
     * The same file under the extension the installed app registers with the desktop: a file
     * manager opens {@code .dlmodel} files in Digit Lab, whereas claiming every {@code .zip} would
     * take archives from the system's own tool. Loading reads the content, whatever the name.
     */
    String DESKTOP_EXTENSION = ".dlmodel";

    /** Writes the model to a temporary file next to {@code file} and moves it into place. */
    void save(TrainedModel model, Path file) throws IOException;

    /**
     * Reads and checks a model file.
     *
     * @throws ModelFileException naming the file and what is wrong with it
     */
    TrainedModel load(Path file) throws IOException;

    /**
     * The same weights, bit for bit, in the network this version of Digit Lab builds for the
     * model's spec (e.g. with DL4J's flat MNIST rows accepted by a CNN): what {@code
     * upgrade-model} writes.
     *
     * @throws ModelFileException when the spec's network does not hold the model's weights
     */
    default TrainedModel rebuild(TrainedModel model, Path file) throws IOException {
        throw new ModelFileException(file, "this engine cannot upgrade model files");
    }
}
