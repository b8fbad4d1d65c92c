package org.digitlab.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.digitlab.model.SampleModels;

/** {@code --model FILE|ID}: a model file, or the id of a sample model. */
final class ModelArgument {

    private ModelArgument() {
    }

    static Path resolve(String model) {
        Path file = Path.of(model);
        if (Files.exists(file)) {
            return file;
        }
        return SampleModels.find(model).orElseThrow(() -> new BadInputException(
                "no model file " + model + " and no sample model of that id (sample models: "
                        + SampleModels.all().stream().map(p -> p.getFileName().toString()).toList() + ")"));
    }
}
