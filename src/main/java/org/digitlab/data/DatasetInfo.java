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
 */
public record DatasetInfo(String id, String displayName, int rows, int cols, List<String> classNames,
                          List<DatasetFile> files, String derivedFrom, String description) {

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
        if (derived ? !files.isEmpty() : !roles.equals(DatasetFile.ROLES.stream().sorted().toList())) {
            throw new IllegalArgumentException(id + (derived
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
