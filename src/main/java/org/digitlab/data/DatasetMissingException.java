package org.digitlab.data;

import java.io.IOException;
import java.util.List;

/**
 * A dataset cannot be loaded because some of its files are in neither the cache nor a system
 * directory. The message says which files and how to get them.
 */
public class DatasetMissingException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String datasetId;
    private final List<String> missingFiles;

    public DatasetMissingException(String datasetId, List<String> missingFiles, String whereSearched) {
        this("Dataset '" + datasetId + "' is not available: missing "
                + String.join(", ", missingFiles) + " (searched " + whereSearched + "). Download it in the"
                + " app's Datasets section or with `digitlab datasets download " + datasetId + "`, import a"
                + " folder holding the IDX files, or run scripts/fetch-datasets.sh on a machine without internet.",
                datasetId, missingFiles);
    }

    /** For subclasses that say themselves why the files cannot be used. */
    protected DatasetMissingException(String message, String datasetId, List<String> missingFiles) {
        super(message);
        this.datasetId = datasetId;
        this.missingFiles = List.copyOf(missingFiles);
    }

    public String datasetId() {
        return datasetId;
    }

    public List<String> missingFiles() {
        return missingFiles;
    }
}
