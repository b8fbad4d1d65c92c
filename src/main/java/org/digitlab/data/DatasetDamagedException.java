package org.digitlab.data;

import java.util.List;
import java.util.Map;

/**
 * A dataset cannot be loaded because a file of it is there but is not the pinned file: truncated,
 * of the wrong size, or with the wrong checksum (a 100-image "MNIST" in a system folder). The
 * message names each damaged file and the command that fetches it again. A kind of
 * {@link DatasetMissingException}: either way the dataset is not available until it is fetched.
 */
public class DatasetDamagedException extends DatasetMissingException {

    private static final long serialVersionUID = 1L;

    /** @param damaged file name to what is wrong with it, as in {@link DatasetStatus#damaged()} */
    public DatasetDamagedException(String datasetId, Map<String, String> damaged) {
        super("Dataset '" + datasetId + "' is damaged: "
                + String.join("; ", damaged.values()) + ". Fetch it again with `digitlab datasets download "
                + datasetId + "` (or Download in the app's Datasets section), or import a folder holding the"
                + " right IDX files.", datasetId, List.copyOf(damaged.keySet()));
    }
}
