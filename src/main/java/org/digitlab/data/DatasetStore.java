package org.digitlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.digitlab.data.collected.CollectedSet;
import org.digitlab.data.collected.CollectedSets;

/**
 * Where datasets live on this machine: a per-user cache ({@code <home>/datasets/<id>/}, holding
 * uncompressed, verified IDX files) and read-only system directories such as
 * {@code /usr/share/datasets/<id>/} (raw or gzipped files, e.g. from Debian's
 * {@code dataset-fashion-mnist}). Loads, downloads, imports and verifies datasets.
 *
 * <p>Methods block; call them from a background thread. Writes never leave a half-written file in
 * the cache: see {@link VerifiedFiles}.
 */
public final class DatasetStore {

    /** Environment variable that overrides the home directory. */
    public static final String HOME_ENV = "DIGITLAB_HOME";
    /** Directory under the user's home used when {@link #HOME_ENV} is not set. */
    public static final String DEFAULT_HOME_DIR = ".digitlab";
    /** Where Debian-style packages put datasets; searched only if it exists. */
    public static final String SYSTEM_DATASETS_DIR = "/usr/share/datasets";
    /**
     * The system property naming a read-only folder of datasets shipped with the app (the
     * installer's {@code datasets/}, gzipped MNIST): searched before {@link #SYSTEM_DATASETS_DIR},
     * so that the first launch works offline without copying anything into the cache.
     */
    public static final String BUNDLED_PROPERTY = "digitlab.bundledDatasets";
    private static final String DATASETS_DIR = "datasets";

    private static final String SYSTEM_CHECKS_FILE = ".system-file-checks.properties";

    private final Path home;
    private final List<Path> systemDirs;
    private final Function<String, DatasetInfo> catalog;
    private final Downloader downloader;
    private final SystemFileChecks systemChecks;
    private final CollectedSets collected;
    /** Datasets loaded and still referenced: weak, so a dataset nobody holds is collected. */
    private final Map<String, WeakReference<TrainTest>> loaded = new HashMap<>();

    /**
     * @param home       Digit Lab's home directory; the cache is {@code home/datasets}
     * @param systemDirs read-only directories holding {@code <id>/<file>}, searched after the cache
     */
    public DatasetStore(Path home, List<Path> systemDirs) {
        this(home, systemDirs, DatasetCatalog::get);
    }

    /** Seam for tests: a catalog with tiny datasets whose mirrors point to a local server. */
    DatasetStore(Path home, List<Path> systemDirs, Function<String, DatasetInfo> catalog) {
        this(home, systemDirs, catalog, new Downloader());
    }

    /** Seam for tests: also a downloader with time-outs short enough to wait for. */
    DatasetStore(Path home, List<Path> systemDirs, Function<String, DatasetInfo> catalog, Downloader downloader) {
        this.home = Objects.requireNonNull(home, "home");
        this.systemDirs = List.copyOf(systemDirs);
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.downloader = Objects.requireNonNull(downloader, "downloader");
        this.systemChecks = new SystemFileChecks(home.resolve(DATASETS_DIR).resolve(SYSTEM_CHECKS_FILE));
        this.collected = new CollectedSets(home.resolve(DATASETS_DIR));
    }

    /**
     * The store at {@code $DIGITLAB_HOME} or {@code ~/.digitlab}, plus the installed app's bundled
     * folder and the system directory, each if it exists.
     */
    public static DatasetStore defaultStore() {
        String env = System.getenv(HOME_ENV);
        Path home = env != null && !env.isBlank()
                ? Path.of(env)
                : Path.of(System.getProperty("user.home"), DEFAULT_HOME_DIR);
        return new DatasetStore(home,
                defaultSystemDirs(System.getProperty(BUNDLED_PROPERTY), Path.of(SYSTEM_DATASETS_DIR)));
    }

    /**
     * The read-only folders searched after the cache: the bundled one first, then the system one;
     * a folder that does not exist is left out. The cache stays first because its raw files read
     * faster than the bundle's gzipped ones; every file is verified wherever it is found.
     */
    static List<Path> defaultSystemDirs(String bundled, Path system) {
        return Stream.of(bundled == null || bundled.isBlank() ? null : Path.of(bundled), system)
                .filter(dir -> dir != null && Files.isDirectory(dir)).toList();
    }

    public Path home() {
        return home;
    }

    public List<Path> systemDirs() {
        return systemDirs;
    }

    /** The sets of digits drawn in Digit Lab, kept in the datasets folder beside the catalog's. */
    public CollectedSets collected() {
        return collected;
    }

    /** The catalog's datasets, then the collected sets here by name: what the dataset lists offer. */
    public List<DatasetInfo> all() {
        List<DatasetInfo> all = new ArrayList<>(DatasetCatalog.all());
        for (CollectedSets.Summary set : collected.list()) {
            all.add(collectedInfo(set.id(), set.name(), set.size()));
        }
        return all;
    }

    /** The catalog's entry for the id, or a collected set's; an unknown id is an error listing the known ones. */
    public DatasetInfo info(String id) {
        if (CollectedSet.isCollectedId(id)) {
            CollectedSets.Summary set = collected.list().stream().filter(s -> s.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown dataset '" + id + "'; known datasets: "
                            + String.join(", ", all().stream().map(DatasetInfo::id).toList())));
            return collectedInfo(set.id(), set.name(), set.size());
        }
        return catalog.apply(id);
    }

    private static DatasetInfo collectedInfo(String id, String name, int size) {
        return DatasetInfo.ofCollectedSet(id, name + " (drawn)", CollectedSet.SIDE,
                DatasetCatalog.get(DatasetCatalog.MNIST).classNames(),
                size + " digits drawn in Digit Lab, preprocessed as the Draw view reads them; all in the test split.");
    }

    /** The cache directory of a dataset (it may not exist yet). */
    public Path cacheDir(String id) {
        if (CollectedSet.isCollectedId(id)) {
            return collected.folderOf(id);
        }
        return home.resolve(DATASETS_DIR).resolve(catalog.apply(id).id());
    }

    /**
     * Which files are present (by existence and size, and what an earlier full check of a system
     * file found); a file of the wrong size is damaged, not missing. A derived dataset reports its
     * source's files.
     */
    public DatasetStatus status(String id) {
        if (CollectedSet.isCollectedId(id)) {
            boolean here = collected.exists(id);
            return new DatasetStatus(id, here, Map.of(), here ? List.of() : List.of(id), Map.of());
        }
        DatasetInfo source = sourceOf(catalog.apply(id));
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

    /**
     * Deletes the temporary files that a killed Digit Lab left in the folders it writes (the home
     * and each dataset's cache), if older than {@link StaleFiles#DEFAULT_AGE}. Returns how many.
     */
    public int cleanLeftovers() {
        Path datasets = home.resolve(DATASETS_DIR);
        int deleted = StaleFiles.clean(home, StaleFiles.DEFAULT_AGE)
                + StaleFiles.clean(datasets, StaleFiles.DEFAULT_AGE);
        try (Stream<Path> folders = Files.list(datasets)) {
            for (Path folder : folders.toList()) {
                deleted += StaleFiles.clean(folder, StaleFiles.DEFAULT_AGE);
            }
        } catch (IOException e) {
            // No cache yet, or one we cannot list: nothing of ours to clean there.
        }
        return deleted + collected.cleanLeftovers(StaleFiles.DEFAULT_AGE);
    }

    /**
     * Reads the dataset from the cache or a system directory, deriving it if it is derived. While
     * an earlier load of the same dataset is still held somewhere (the dataset browser, a run, the
     * Evaluation view), that one is returned instead of a second copy in memory.
     */
    public TrainTest load(String id) throws IOException {
        if (CollectedSet.isCollectedId(id)) {
            // Small and changed by every drawing kept: read afresh, never shared from an earlier load.
            ImageSet drawn = collected.load(id).images();
            return new TrainTest(new ImageSet(drawn.rows(), drawn.cols(), new byte[0], new byte[0]), drawn);
        }
        DatasetInfo info = catalog.apply(id);
        synchronized (loaded) {
            TrainTest held = loaded.containsKey(info.id()) ? loaded.get(info.id()).get() : null;
            if (held != null) {
                return held;
            }
        }
        TrainTest read = read(info);
        synchronized (loaded) {
            loaded.put(info.id(), new WeakReference<>(read));
        }
        return read;
    }

    private TrainTest read(DatasetInfo info) throws IOException {
        if (info.isDerived()) {
            return derive(info, load(info.derivedFrom()));
        }
        DatasetStatus status = requirePresent(info);
        requireSystemFilesVerified(info, status);
        return new TrainTest(read(info, status, DatasetFile.TRAIN_IMAGES, DatasetFile.TRAIN_LABELS),
                read(info, status, DatasetFile.TEST_IMAGES, DatasetFile.TEST_LABELS));
    }

    /** Full check: every file's uncompressed SHA-256 against the catalog; throws on the first mismatch. */
    public void verify(String id) throws IOException {
        verify(id, Progress.NONE);
    }

    public void verify(String id, Progress progress) throws IOException {
        DatasetInfo source = sourceOf(catalog.apply(id));
        DatasetStatus status = requirePresent(source);
        for (DatasetFile file : source.files()) {
            VerifiedFiles.verify(status.location(file.fileName()), file, progress);
        }
    }

    /**
     * Downloads the files that are not already present and valid into the cache, trying each
     * mirror in turn. Progress reports bytes on the wire. Cancellation, a dropped connection or a
     * wrong checksum ({@link ChecksumMismatchException}) leave no partial file behind; files
     * completed before the failure stay, since each is verified on its own.
     */
    public void download(String id, Progress progress, CancellationToken cancel) throws IOException {
        DatasetInfo source = sourceOf(catalog.apply(id));
        Path dir = Files.createDirectories(cacheDir(source.id()));
        for (DatasetFile file : source.files()) {
            Path existing = locate(source, file).path();
            if (existing != null && VerifiedFiles.matches(existing, file)) {
                progress.update("Already present: " + file.fileName(), file.size(), file.size());
                continue;
            }
            downloader.download(file, file.mirrors(), dir.resolve(file.fileName()), progress, cancel);
        }
    }

    /** {@link #importFrom(String, Path, Progress, CancellationToken)} without cancellation. */
    public void importFrom(String id, Path folder, Progress progress) throws IOException {
        importFrom(id, folder, progress, CancellationToken.none());
    }

    /**
     * Copies the dataset's files from {@code folder} (raw or {@code .gz}, dashed or dotted names)
     * into the cache, verifying each one's uncompressed size and SHA-256. All files must be found
     * before anything is copied.
     */
    public void importFrom(String id, Path folder, Progress progress, CancellationToken cancel) throws IOException {
        DatasetInfo source = sourceOf(catalog.apply(id));
        Map<DatasetFile, Path> found = new LinkedHashMap<>();
        for (DatasetFile file : source.files()) {
            Path path = FileLocator.findIn(folder, file.fileName());
            if (path == null) {
                throw new NoSuchFileException(folder.toString(), null, "no " + file.fileName()
                        + " for dataset '" + source.id() + "' (looked for "
                        + String.join(", ", FileLocator.candidateNames(file.fileName())) + ")");
            }
            found.put(file, path);
        }
        Path dir = Files.createDirectories(cacheDir(source.id()));
        for (Map.Entry<DatasetFile, Path> entry : found.entrySet()) {
            Path path = entry.getValue();
            String stage = "Importing " + path.getFileName();
            try (InputStream in = IdxStreams.decompressIfGzip(new MonitoredInputStream(
                    Files.newInputStream(path), stage, Files.size(path), progress, cancel))) {
                VerifiedFiles.install(in, dir.resolve(entry.getKey().fileName()), entry.getKey(), path, cancel);
            }
        }
    }

    private DatasetInfo sourceOf(DatasetInfo info) {
        return info.isDerived() ? catalog.apply(info.derivedFrom()) : info;
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

    private DatasetStatus requirePresent(DatasetInfo info) throws DatasetMissingException {
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
    private void requireSystemFilesVerified(DatasetInfo info, DatasetStatus status) throws DatasetDamagedException {
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

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static ImageSet read(DatasetInfo info, DatasetStatus status, String imagesRole, String labelsRole)
            throws IOException {
        Path images = status.location(info.file(imagesRole).fileName());
        Path labels = status.location(info.file(labelsRole).fileName());
        ImageSet set = IdxReader.read(images, labels, info.numClasses());
        if (set.rows() != info.rows() || set.cols() != info.cols()) {
            throw new DatasetFormatException(images, "holds " + set.rows() + "x" + set.cols() + " images, but "
                    + info.id() + " has " + info.rows() + "x" + info.cols());
        }
        return set;
    }

    /** The recipes of derived datasets; the catalog says what is derived, this says how. */
    private static TrainTest derive(DatasetInfo info, TrainTest source) {
        if (DatasetCatalog.MNIST_UNCENTERED_56.equals(info.id())) {
            return Uncentered.embed(source, info.rows(), DatasetCatalog.UNCENTERED_SEED);
        }
        throw new IllegalStateException("no recipe to derive dataset '" + info.id() + "'");
    }

}
