package org.digitlab.data;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a dataset's files are, as far as a quick look can tell (existence and size, and what an
 * earlier full check of a system file found; the full SHA-256 check is
 * {@link DatasetStore#verify(String)}).
 *
 * @param locations file name to its location, or to {@code null} when missing or damaged; in
 *                  catalog order. For a derived dataset, the files of its source.
 * @param missing   names of the files found nowhere
 * @param damaged   file name to what is wrong with the file found under it (its path, its size or
 *                  checksum against the pinned one), for files found only in a damaged form
 */
public record DatasetStatus(String id, boolean present, Map<String, Path> locations, List<String> missing,
                            Map<String, String> damaged) {

    public DatasetStatus {
        // Map.copyOf refuses null values, and null is how a missing file is shown.
        locations = Collections.unmodifiableMap(new LinkedHashMap<>(locations));
        missing = List.copyOf(missing);
        damaged = Collections.unmodifiableMap(new LinkedHashMap<>(damaged));
    }

    /** A status with no damaged file. */
    public DatasetStatus(String id, boolean present, Map<String, Path> locations, List<String> missing) {
        this(id, present, locations, missing, Map.of());
    }

    /** Where the file is, or {@code null} if it is missing or damaged. */
    public Path location(String fileName) {
        return locations.get(fileName);
    }
}
