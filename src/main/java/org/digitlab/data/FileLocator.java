package org.digitlab.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds a dataset file under the names it goes by: {@code train-images-idx3-ubyte}, the same with
 * {@code .gz}, and the dotted {@code train-images.idx3-ubyte} that some archives use.
 */
final class FileLocator {

    static final String GZIP_SUFFIX = ".gz";
    private static final String DASH_IDX = "-idx";
    private static final String DOT_IDX = ".idx";

    private FileLocator() {
    }

    /** The names to try for {@code fileName}, most common first. */
    static List<String> candidateNames(String fileName) {
        String dotted = fileName.replace(DASH_IDX, DOT_IDX);
        return dotted.equals(fileName)
                ? List.of(fileName, fileName + GZIP_SUFFIX)
                : List.of(fileName, fileName + GZIP_SUFFIX, dotted, dotted + GZIP_SUFFIX);
    }

    /** The first candidate in {@code folder} that is a regular file, or {@code null}. */
    static Path findIn(Path folder, String fileName) {
        for (String name : candidateNames(fileName)) {
            Path candidate = folder.resolve(name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The cache stores uncompressed files only, and a file of the right size counts as present:
     * it was verified when written, and hashing 55 MB at every start-up would be wasteful.
     */
    static Path findInCache(Path cacheDir, DatasetFile file) {
        Path candidate = cacheDir.resolve(file.fileName());
        return hasSize(candidate, file.size()) ? candidate : null;
    }

    private static boolean hasSize(Path file, long size) {
        try {
            return Files.isRegularFile(file) && Files.size(file) == size;
        } catch (IOException e) {
            return false;
        }
    }
}
