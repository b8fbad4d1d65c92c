package org.digitlab.model;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the pretrained models shipped in {@code sample-models/}, so that drawing works the moment
 * the app opens, with no configuration: the folder is looked for beside the build (the jar's
 * folder or {@code target/classes}), in the working directory, and where the system property
 * {@code digitlab.sampleModels} points.
 */
public final class SampleModels {

    /** Folder name in the project and beside an installed app. */
    public static final String FOLDER = "sample-models";
    /**
     * The sample model the Draw view starts with: the one that reads drawings best (see
     * sample-models/README.md for its figures on MNIST's test set and on the drawn test sets).
     */
    public static final String DRAWING_DEFAULT = "cnn-batchnorm";
    /** The property that overrides where the folder is. */
    public static final String PROPERTY = "digitlab.sampleModels";

    private SampleModels() {
    }

    /** The folder, if one of the known places has it. */
    public static Optional<Path> directory() {
        return candidates().stream().filter(Files::isDirectory).findFirst();
    }

    /** Every model file in the folder, sorted by name. */
    public static List<Path> all() {
        Optional<Path> dir = directory();
        if (dir.isEmpty()) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir.get())) {
            return files.filter(p -> p.getFileName().toString().endsWith(ModelFiles.EXTENSION)).sorted().toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    /** The sample model of a preset, e.g. "cnn-3conv" finds {@code cnn-3conv.zip}. */
    public static Optional<Path> find(String presetId) {
        return all().stream().filter(p -> p.getFileName().toString().equals(presetId + ModelFiles.EXTENSION))
                .findFirst();
    }

    static List<Path> candidates() {
        List<Path> places = new ArrayList<>();
        String property = System.getProperty(PROPERTY);
        if (property != null) {
            places.add(Path.of(property));
        }
        codeLocation().ifPresent(code -> {
            // target/digitlab.jar or target/classes: the project is two levels up from classes.
            Path parent = code.getParent();
            if (parent != null) {
                places.add(parent.resolve(FOLDER));
                if (parent.getParent() != null) {
                    places.add(parent.getParent().resolve(FOLDER));
                }
            }
        });
        places.add(Path.of(FOLDER).toAbsolutePath());
        return places;
    }

    private static Optional<Path> codeLocation() {
        try {
            var source = SampleModels.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
