package org.digitlab.ui.state;

import java.nio.file.Path;
import java.util.Objects;
import org.digitlab.model.TrainedModel;

/**
 * A model the user can pick: a file (sample or opened), or a model trained in this session.
 *
 * @param name shown in the model picker
 * @param file the model file, or {@code null} for a model trained in this session and not saved
 * @param loaded the model once loaded, or {@code null} before
 */
public record ModelEntry(String name, Path file, TrainedModel loaded) {

    public ModelEntry {
        Objects.requireNonNull(name, "name");
        if (file == null && loaded == null) {
            throw new IllegalArgumentException("a model entry needs a file or a loaded model");
        }
    }

    public static ModelEntry ofFile(Path file) {
        String fileName = file.getFileName().toString();
        return new ModelEntry(fileName.replaceFirst("\\.zip$", ""), file, null);
    }

    public static ModelEntry ofTrained(String name, TrainedModel model) {
        return new ModelEntry(name, null, model);
    }

    @Override
    public String toString() {
        return name;
    }
}
