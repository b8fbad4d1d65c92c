package org.digitlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fills the cache with a catalog dataset's files, from its mirrors or from a folder the user
 * names. Kept apart from reading because it is the only part of the store that writes and the only
 * part that waits on a network: every file goes in through {@link VerifiedFiles}, so a failure
 * leaves no half-written file behind.
 */
final class DatasetInstaller {

    private final DatasetFiles files;
    private final Downloader downloader;

    DatasetInstaller(DatasetFiles files, Downloader downloader) {
        this.files = files;
        this.downloader = downloader;
    }

    /**
     * Downloads the files that are not already present and valid into the cache, trying each
     * mirror in turn. Progress reports bytes on the wire. Cancellation, a dropped connection or a
     * wrong checksum ({@link ChecksumMismatchException}) leave no partial file behind; files
     * completed before the failure stay, since each is verified on its own.
     */
    void download(String id, Progress progress, CancellationToken cancel) throws IOException {
        DatasetInfo source = files.sourceOf(id);
        Path dir = Files.createDirectories(files.cacheDir(source.id()));
        for (DatasetFile file : source.files()) {
            Path existing = files.location(source, file);
            if (existing != null && VerifiedFiles.matches(existing, file)) {
                progress.update("Already present: " + file.fileName(), file.size(), file.size());
                continue;
            }
            downloader.download(file, file.mirrors(), dir.resolve(file.fileName()), progress, cancel);
        }
    }

    /**
     * Copies the dataset's files from {@code folder} (raw or {@code .gz}, dashed or dotted names)
     * into the cache, verifying each one's uncompressed size and SHA-256. All files must be found
     * before anything is copied, so a folder missing one leaves the cache as it was.
     */
    void importFrom(String id, Path folder, Progress progress, CancellationToken cancel) throws IOException {
        DatasetInfo source = files.sourceOf(id);
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
        Path dir = Files.createDirectories(files.cacheDir(source.id()));
        for (Map.Entry<DatasetFile, Path> entry : found.entrySet()) {
            Path path = entry.getValue();
            String stage = "Importing " + path.getFileName();
            try (InputStream in = IdxStreams.decompressIfGzip(new MonitoredInputStream(
                    Files.newInputStream(path), stage, Files.size(path), progress, cancel))) {
                VerifiedFiles.install(in, dir.resolve(entry.getKey().fileName()), entry.getKey(), path, cancel);
            }
        }
    }
}
