package org.digitlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Fetches one dataset file over HTTP, trying each mirror in turn, and installs it through
 * {@link VerifiedFiles} so that a dropped connection or a bad mirror leaves nothing behind.
 */
final class Downloader {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    /** Time allowed until the response headers arrive; the body may then take as long as it needs. */
    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(60);
    private static final int HTTP_OK = 200;

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    /**
     * Downloads {@code file} from the first mirror that delivers it intact. If all fail, throws
     * the last mirror's failure with the earlier ones attached as suppressed exceptions.
     */
    void download(DatasetFile file, List<URI> mirrors, Path target, Progress progress, CancellationToken cancel)
            throws IOException {
        if (mirrors.isEmpty()) {
            throw new IOException(file.fileName() + ": no download mirror is known");
        }
        IOException failure = null;
        for (URI uri : mirrors) {
            try {
                fetch(uri, file, target, progress, cancel);
                return;
            } catch (IOException e) {
                if (cancel.isCancelled() || e instanceof InterruptedIOException) {
                    throw e; // the user asked to stop: do not go on to the next mirror
                }
                IOException named = e instanceof DatasetFormatException ? e
                        : new IOException(file.fileName() + ": download from " + uri + " failed: " + e, e);
                if (failure != null) {
                    named.addSuppressed(failure);
                }
                failure = named;
            }
        }
        throw failure;
    }

    private void fetch(URI uri, DatasetFile file, Path target, Progress progress, CancellationToken cancel)
            throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(RESPONSE_TIMEOUT).GET().build();
        HttpResponse<InputStream> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException(file.fileName() + ": download interrupted");
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != HTTP_OK) {
                throw new IOException("HTTP " + response.statusCode());
            }
            long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
            MonitoredInputStream wire = new MonitoredInputStream(body, "Downloading " + file.fileName(),
                    length, progress, cancel);
            // Mirrors serve .gz, but a mirror serving the raw file works too: detect by content.
            try (InputStream content = IdxStreams.decompressIfGzip(wire)) {
                VerifiedFiles.install(content, target, file, target, cancel);
            }
        }
    }
}
