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
}
