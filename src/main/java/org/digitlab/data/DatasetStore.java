package org.digitlab.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.digitlab.data.collected.CollectedSet;
import org.digitlab.data.collected.CollectedSets;

/**
 * Where datasets live on this machine: a per-user cache ({@code <home>/datasets/<id>/}, holding
 * uncompressed, verified IDX files) and read-only system directories such as
 * {@code /usr/share/datasets/<id>/} (raw or gzipped files, e.g. from Debian's
 * {@code dataset-fashion-mnist}). Loads, downloads, imports and verifies datasets.
 *
 * <p>The rest of the app uses only this class. It tells collected sets (drawn in Digit Lab, kept by
 * {@link CollectedSets}) from the catalog's, and hands the catalog's to its parts:
 * {@link DatasetFiles} finds and checks files, {@link DatasetInstaller} downloads and imports them,
 * {@link LoadedDatasets} reads them and shares what is still held.
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
    private final CollectedSets collected;
    private final DatasetFiles files;
    private final DatasetInstaller installer;
    private final LoadedDatasets loaded;

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
        Objects.requireNonNull(downloader, "downloader");
        Path datasets = home.resolve(DATASETS_DIR);
        this.files = new DatasetFiles(datasets, this.systemDirs, catalog,
                new SystemFileChecks(datasets.resolve(SYSTEM_CHECKS_FILE)));
        this.installer = new DatasetInstaller(files, downloader);
        this.loaded = new LoadedDatasets(files, catalog);
        this.collected = new CollectedSets(datasets);
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
        return files.cacheDir(id);
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
        return files.status(id);
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
        return loaded.load(id);
    }

    /** Full check: every file's uncompressed SHA-256 against the catalog; throws on the first mismatch. */
    public void verify(String id) throws IOException {
        verify(id, Progress.NONE);
    }

    public void verify(String id, Progress progress) throws IOException {
        files.verify(id, progress);
    }

    /**
     * Downloads the files that are not already present and valid into the cache, trying each
     * mirror in turn. Progress reports bytes on the wire. Cancellation, a dropped connection or a
     * wrong checksum ({@link ChecksumMismatchException}) leave no partial file behind; files
     * completed before the failure stay, since each is verified on its own.
     */
    public void download(String id, Progress progress, CancellationToken cancel) throws IOException {
        installer.download(id, progress, cancel);
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
        installer.importFrom(id, folder, progress, cancel);
    }
}
