package org.digitlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches one dataset file over HTTP, trying each mirror in turn, and installs it through
 * {@link VerifiedFiles} so that a dropped connection or a bad mirror leaves nothing behind.
 *
 * <p>Every wait is bounded and cancellable: connecting, the headers and each read of the body
 * time out (a server that stops sending mid-file or never answers costs the read time-out, not
 * forever), and the downloading thread never blocks for longer than {@link HttpBodyStream#POLL}
 * without looking at the cancellation token, so Cancel acts at once. The body is read through
 * {@link HttpBodyStream} because {@code HttpClient}'s own stream has no read time-out and a
 * reader blocked in it is woken neither by closing it nor by an interrupt (tried: a test with a
 * stalled server hung).
 */
final class Downloader {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    /** Longest silence allowed from a server, before the headers or between two reads of the body. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    /** Passes over the mirror list; a second pass gets over a brief network failure. */
    static final int ROUNDS = 2;
    private static final int HTTP_OK = 200;
    private static final int HTTP_SERVER_ERROR = 500;

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final int rounds;
    private HttpClient client;

    Downloader() {
        this(CONNECT_TIMEOUT, READ_TIMEOUT, ROUNDS);
    }

    /** Seam for tests, which cannot wait 30 s for a silent server. */
    Downloader(Duration connectTimeout, Duration readTimeout, int rounds) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.rounds = rounds;
    }

    /**
     * Downloads {@code file} from the first mirror that delivers it intact, going over the
     * mirrors up to {@link #ROUNDS} times; a mirror whose answer is wrong (bad content, an HTTP
     * error other than 5xx) is not asked again. If all fail, throws the last failure with the
     * earlier ones attached as suppressed exceptions; a cancel throws at once.
     */
    void download(DatasetFile file, List<URI> mirrors, Path target, Progress progress, CancellationToken cancel)
            throws IOException {
        if (mirrors.isEmpty()) {
            throw new IOException(file.fileName() + ": no download mirror is known");
        }
        IOException failure = null;
        Set<URI> wrong = new HashSet<>();
        for (int round = 0; round < rounds; round++) {
            for (URI uri : mirrors) {
                if (wrong.contains(uri)) {
                    continue;
                }
                try {
                    fetch(uri, file, target, progress, cancel);
                    return;
                } catch (IOException e) {
                    if (cancel.isCancelled() || e instanceof InterruptedIOException) {
                        throw e; // the user asked to stop: no other mirror
                    }
                    if (e instanceof DatasetFormatException || e instanceof HttpStatusException h && !h.isTransient()) {
                        wrong.add(uri);
                    }
                    IOException named = e instanceof DatasetFormatException ? e
                            : new IOException(file.fileName() + ": download from " + uri + " failed: "
                            + e.getMessage(), e);
                    if (failure != null) {
                        named.addSuppressed(failure);
                    }
                    failure = named;
                }
            }
        }
        throw failure;
    }

    private void fetch(URI uri, DatasetFile file, Path target, Progress progress, CancellationToken cancel)
            throws IOException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(readTimeout).GET().build();
        HttpResponse<Flow.Publisher<List<ByteBuffer>>> response = headers(request, file, cancel);
        HttpBodyStream body = new HttpBodyStream(file.fileName(), readTimeout, cancel);
        response.body().subscribe(body);
        try (body) {
            if (response.statusCode() != HTTP_OK) {
                throw new HttpStatusException(response.statusCode());
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

    /** Waits for the response headers in short polls, so that a cancel is seen at once. */
    private HttpResponse<Flow.Publisher<List<ByteBuffer>>> headers(HttpRequest request, DatasetFile file,
                                                                   CancellationToken cancel) throws IOException {
        CompletableFuture<HttpResponse<Flow.Publisher<List<ByteBuffer>>>> answer =
                client().sendAsync(request, HttpResponse.BodyHandlers.ofPublisher());
        // HttpClient enforces both time-outs itself; this deadline only guards against it not doing so.
        long deadline = System.nanoTime() + connectTimeout.plus(readTimeout).plus(readTimeout).toNanos();
        while (true) {
            if (cancel.isCancelled()) {
                answer.cancel(true);
                throw new InterruptedIOException(file.fileName() + ": download cancelled");
            }
            try {
                return answer.get(HttpBodyStream.POLL.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException stillWaiting) {
                if (System.nanoTime() > deadline) {
                    answer.cancel(true);
                    throw new HttpBodyStream.SilentServerException(readTimeout);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                answer.cancel(true);
                throw new InterruptedIOException(file.fileName() + ": download interrupted");
            } catch (ExecutionException e) {
                throw explain(e.getCause());
            }
        }
    }

    private IOException explain(Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return new IOException("no connection within " + seconds(connectTimeout), cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new IOException("the server sent nothing for " + seconds(readTimeout), cause);
        }
        return cause instanceof IOException io ? io : new IOException(String.valueOf(cause.getMessage()), cause);
    }

    static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
    }

    private synchronized HttpClient client() {
        // Created on first use: an HttpClient starts a selector thread, which loading never needs.
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        return client;
    }

    /** An HTTP answer other than 200; 5xx may go away on a second try, the others will not. */
    private static final class HttpStatusException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int status;

        HttpStatusException(int status) {
            super("HTTP " + status);
            this.status = status;
        }

        boolean isTransient() {
            return status >= HTTP_SERVER_ERROR;
        }
    }
}
