package org.digitlab.data;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a dataset's files are, as far as a quick look can tell (existence and size; the full
 * SHA-256 check is {@link DatasetStore#verify(String)}).
 *
 * @param locations file name to its location, or to {@code null} when missing; in catalog order.
 *                  For a derived dataset, the files of its source.
 * @param missing   names of the files not found
 */
public record DatasetStatus(String id, boolean present, Map<String, Path> locations, List<String> missing) {

    public DatasetStatus {
        // Map.copyOf refuses null values, and null is how a missing file is shown.
        locations = Collections.unmodifiableMap(new LinkedHashMap<>(locations));
        missing = List.copyOf(missing);
    }

    /** Where the file is, or {@code null} if it is missing. */
    public Path location(String fileName) {
        return locations.get(fileName);
    }
}
