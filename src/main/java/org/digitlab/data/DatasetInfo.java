package org.digitlab.data;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * What Digit Lab knows about a dataset before loading it: image size, class names, and either
 * its four files or the dataset it is derived from.
 *
 * @param derivedFrom id of the source dataset if this one is computed from it, else {@code null};
 *                    a derived dataset has no files of its own
 * @param collected   a set of digits drawn in Digit Lab ({@code data.collected}): no catalog files,
 *                    its own folder, all its images in the test split
 */
public record DatasetInfo(String id, String displayName, int rows, int cols, List<String> classNames,
                          List<DatasetFile> files, String derivedFrom, String description, boolean collected) {

    /** A dataset of the catalog: published files, or derived from one that has them. */
    public DatasetInfo(String id, String displayName, int rows, int cols, List<String> classNames,
            List<DatasetFile> files, String derivedFrom, String description) {
        this(id, displayName, rows, cols, classNames, files, derivedFrom, description, false);
    }

    /** A collected set's entry, as the dataset lists show it beside MNIST. */
    public static DatasetInfo ofCollectedSet(String id, String displayName, int side, List<String> classNames,
            String description) {
        return new DatasetInfo(id, displayName, side, side, classNames, List.of(), null, description, true);
    }

    public DatasetInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(description, "description");
        classNames = List.copyOf(classNames);
        files = List.copyOf(files);
        if (rows <= 0 || cols <= 0) {
            throw new IllegalArgumentException(id + ": image size must be positive, got " + rows + "x" + cols);
        }
        if (classNames.isEmpty()) {
            throw new IllegalArgumentException(id + ": needs at least one class");
        }
        boolean derived = derivedFrom != null;
        List<String> roles = files.stream().map(DatasetFile::role).sorted().toList();
        boolean filesFit = collected ? !derived && files.isEmpty()
                : derived ? files.isEmpty() : roles.equals(DatasetFile.ROLES.stream().sorted().toList());
        if (!filesFit) {
            throw new IllegalArgumentException(id + (collected ? ": a collected set has no catalog files" : derived
                    ? ": a derived dataset has no files of its own"
                    : ": needs exactly one file for each of " + DatasetFile.ROLES + ", got " + roles));
        }
    }

    public int numClasses() {
        return classNames.size();
    }

    public boolean isDerived() {
        return derivedFrom != null;
    }

    /** The file with the given role, e.g. {@link DatasetFile#TRAIN_IMAGES}. */
    public DatasetFile file(String role) {
        return files.stream().filter(f -> f.role().equals(role)).findFirst()
                .orElseThrow(() -> new NoSuchElementException(id + " has no " + role + " file"));
    }
}
