package org.digitlab.data;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One of a dataset's four IDX files.
 *
 * <p>{@code sha256} and {@code size} describe the <em>uncompressed</em> IDX content, because that
 * is what the cache stores and what system packages may hold either raw or gzipped. The
 * {@code mirrors} serve the gzip-compressed file ({@code fileName + ".gz"}); downloads are
 * decompressed on the fly, hashed, and stored uncompressed.
 *
 * @param role     one of {@link #ROLES}
 * @param fileName uncompressed file name, e.g. {@code train-images-idx3-ubyte}
 * @param sha256   lower-case hex SHA-256 of the uncompressed content
 * @param size     bytes of uncompressed content
 * @param mirrors  where to download the {@code .gz}, tried in order
 */
public record DatasetFile(String role, String fileName, String sha256, long size, List<URI> mirrors) {

    public static final String TRAIN_IMAGES = "train-images";
    public static final String TRAIN_LABELS = "train-labels";
    public static final String TEST_IMAGES = "test-images";
    public static final String TEST_LABELS = "test-labels";
    public static final List<String> ROLES = List.of(TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS);

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    public DatasetFile {
        Objects.requireNonNull(fileName, "fileName");
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("role must be one of " + ROLES + ", got " + role);
        }
        if (sha256 == null || !SHA256_HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException(fileName + ": sha256 must be 64 lower-case hex digits, got " + sha256);
        }
        if (size <= 0) {
            throw new IllegalArgumentException(fileName + ": size must be positive, got " + size);
        }
        mirrors = List.copyOf(mirrors);
    }

    /** Whether this file holds images (rather than labels). */
    public boolean isImages() {
        return TRAIN_IMAGES.equals(role) || TEST_IMAGES.equals(role);
    }
}
