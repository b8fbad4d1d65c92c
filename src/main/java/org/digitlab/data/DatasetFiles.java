package org.digitlab.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Where a catalog dataset's files are on this machine, and whether they are whole: the cache
 * ({@code <datasets>/<id>/}) first, then each read-only system folder. Downloading, importing,
 * verifying and reading all start by asking this, so the search order and the wording of "missing"
 * and "damaged" live in one place rather than in each of them.
 *
 * <p>Only catalog ids come here; {@link DatasetStore} answers for collected sets itself.
 */
final class DatasetFiles {

    private final Path datasetsDir;
    private final List<Path> systemDirs;
    private final Function<String, DatasetInfo> catalog;
    private final SystemFileChecks systemChecks;

    /**
     * @param datasetsDir  the cache's root, holding one folder per dataset
     * @param systemDirs   read-only folders holding {@code <id>/<file>}, searched after the cache
     * @param catalog      the dataset of each id
     * @param systemChecks what earlier full checks of system files found
     */
    DatasetFiles(Path datasetsDir, List<Path> systemDirs, Function<String, DatasetInfo> catalog,
                 SystemFileChecks systemChecks) {
        this.datasetsDir = datasetsDir;
        this.systemDirs = systemDirs;
        this.catalog = catalog;
        this.systemChecks = systemChecks;
    }

    /** The cache folder of a catalog dataset (it may not exist yet). */
    Path cacheDir(String id) {
        return datasetsDir.resolve(catalog.apply(id).id());
    }

    /** The dataset whose files hold {@code id}'s images: itself, or the one it is derived from. */
    DatasetInfo sourceOf(String id) {
        DatasetInfo info = catalog.apply(id);
        return info.isDerived() ? catalog.apply(info.derivedFrom()) : info;
    }

    /**
     * Which files are present (by existence and size, and what an earlier full check of a system
     * file found); a file of the wrong size is damaged, not missing. A derived dataset reports its
     * source's files.
     */
    DatasetStatus status(String id) {
        DatasetInfo source = sourceOf(id);
        Map<String, Path> locations = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        Map<String, String> damaged = new LinkedHashMap<>();
        for (DatasetFile file : source.files()) {
            Found found = locate(source, file);
            locations.put(file.fileName(), found.path());
            if (found.damage() != null) {
                damaged.put(file.fileName(), found.damage());
            } else if (found.path() == null) {
                missing.add(file.fileName());
            }
        }
        return new DatasetStatus(id, missing.isEmpty() && damaged.isEmpty(), locations, missing, damaged);
    }

    /** Where a good copy of the file is, or null if there is none. */
    Path location(DatasetInfo info, DatasetFile file) {
        return locate(info, file).path();
    }

    /** Full check: every file's uncompressed SHA-256 against the catalog; throws on the first mismatch. */
    void verify(String id, Progress progress) throws IOException {
        DatasetInfo source = sourceOf(id);
        DatasetStatus status = requirePresent(source);
        for (DatasetFile file : source.files()) {
            VerifiedFiles.verify(status.location(file.fileName()), file, progress);
        }
    }

    /**
     * The dataset's status if all its files are present and none is known to be damaged; otherwise
     * the exception that says which, and (if missing) every folder searched.
     */
    DatasetStatus requirePresent(DatasetInfo info) throws DatasetMissingException {
        DatasetStatus status = status(info.id());
        if (!status.damaged().isEmpty()) {
            throw new DatasetDamagedException(info.id(), status.damaged());
        }
        if (!status.present()) {
            String searched = systemDirs.stream().map(d -> d.resolve(info.id()).toString())
                    .collect(Collectors.joining(", ", cacheDir(info.id()) + (systemDirs.isEmpty() ? "" : ", "), ""));
            throw new DatasetMissingException(info.id(), status.missing(), searched);
        }
        return status;
    }

    /** System files are checked in full (once per file version) before their first use. */
    void requireSystemFilesVerified(DatasetInfo info, DatasetStatus status) throws DatasetDamagedException {
        Map<String, String> damaged = new LinkedHashMap<>();
        Path cache = cacheDir(info.id());
        for (DatasetFile file : info.files()) {
            Path location = status.location(file.fileName());
            if (!location.startsWith(cache)) {
                String problem = systemChecks.problem(location, file, Progress.NONE);
                if (problem != null) {
                    damaged.put(file.fileName(), problem);
                }
            }
        }
        if (!damaged.isEmpty()) {
            throw new DatasetDamagedException(info.id(), damaged);
        }
    }

    /** A file as found: where it is, or what is wrong with the best candidate; both null if none. */
    private record Found(Path path, String damage) {
    }

    /** The cache first, then each system folder; a damaged file is reported only if no good one is found. */
    private Found locate(DatasetInfo info, DatasetFile file) {
        String damage = null;
        Path cached = cacheDir(info.id()).resolve(file.fileName());
        if (Files.isRegularFile(cached)) {
            if (FileLocator.findInCache(cacheDir(info.id()), file) != null) {
                return new Found(cached, null);
            }
            damage = cached + " is " + sizeOf(cached) + " bytes, expected " + file.size();
        }
        for (Path systemDir : systemDirs) {
            Path found = FileLocator.findIn(systemDir.resolve(info.id()), file.fileName());
            if (found != null) {
                String problem = systemChecks.knownProblem(found, file);
                if (problem == null) {
                    return new Found(found, null);
                }
                damage = damage == null ? problem : damage;
            }
        }
        return new Found(null, damage);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
