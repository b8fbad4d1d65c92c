package org.digitlab.model;

import java.io.IOException;
import java.nio.file.Path;

/** Saves and loads model files; the engine's adapter implements it. */
public interface ModelFiles {

    /** File name extension of model files. */
    String EXTENSION = ".zip";

    /** Writes the model to a temporary file next to {@code file} and moves it into place. */
    void save(TrainedModel model, Path file) throws IOException;

    /**
     * Reads and checks a model file.
     *
     * @throws ModelFileException naming the file and what is wrong with it
     */
    TrainedModel load(Path file) throws IOException;
}
