package org.digitlab.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.Presets;
import org.digitlab.model.SpecJson;
import picocli.CommandLine.Option;

/** {@code --arch ID} or {@code --spec FILE}: which architecture a command works on. */
final class ArchitectureOptions {

    @Option(names = "--arch", paramLabel = "ID", description = "A preset id, e.g. cnn-3conv (see: digitlab presets).")
    String presetId;

    @Option(names = "--spec", paramLabel = "FILE", description = "An architecture spec JSON file.")
    Path specFile;

    /** Whether {@code --arch} or {@code --spec} was given at all. */
    boolean given() {
        return presetId != null || specFile != null;
    }

    ArchitectureSpec resolve() throws IOException {
        if ((presetId == null) == (specFile == null)) {
            throw new BadInputException("give exactly one of --arch ID or --spec FILE");
        }
        return presetId != null ? Presets.get(presetId) : SpecJson.read(specFile);
    }
}
