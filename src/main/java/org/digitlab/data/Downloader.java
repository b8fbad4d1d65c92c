package org.digitlab.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Fetches one dataset file over HTTP, trying each mirror in turn, and installs it through
 * {@link VerifiedFiles} so that a dropped connection or a bad mirror leaves nothing behind.
 *
 * <p>Every wait is bounded: connecting, the headers, and each read of the body time out (a server
 * that stops sending mid-file or never answers costs at most the read time-out, not forever), and
 * Cancel ends a blocked wait at once. Both work by interrupting the downloading thread, the one
 * thing that wakes {@code HttpClient}'s body stream: it has no read time-out of its own, and
 * closing it (or disconnecting an {@code HttpURLConnection}) from another thread does not wake a
 * reader blocked on it (tried: the test with a stalled server waited the full minute).
 */
final class Downloader {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    /** Longest silence allowed from a server, before the headers or between two reads of the body. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(30);
    /** Passes over the mirror list; a second pass gets over a brief network failure. */
    static final int ROUNDS = 2;
    private static final int HTTP_OK = 200;
    private static final int HTTP_SERVER_ERROR = 500;
    /** How often the watchdog looks, as a share of the read time-out. */
    private static final int CHECKS_PER_TIMEOUT = 5;

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final int rounds;
    private HttpClient client;
    private ScheduledExecutorService watch;

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
     * earlier ones attached as suppressed exceptions; cancelling throws at once.
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
                if (cancel.isCancelled()) {
                    throw new InterruptedIOException(file.fileName() + ": download cancelled");
                }
                if (wrong.contains(uri)) {
                    continue;
                }
                try {
                    fetch(uri, file, target, progress, cancel);
                    return;
                } catch (IOException e) {
                    if (e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException)) {
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
        Watchdog watchdog = new Watchdog(readTimeout);
        ScheduledFuture<?> checks = watch().scheduleAtFixedRate(watchdog::check,
                readTimeout.toMillis() / CHECKS_PER_TIMEOUT, readTimeout.toMillis() / CHECKS_PER_TIMEOUT,
                TimeUnit.MILLISECONDS);
        try (watchdog; CancellationToken.Registration onCancel = cancel.onCancel(watchdog::cancel)) {
            HttpResponse<InputStream> response = client().send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != HTTP_OK) {
                    throw new HttpStatusException(response.statusCode());
                }
                long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
                MonitoredInputStream wire = new MonitoredInputStream(watchdog.watching(body),
                        "Downloading " + file.fileName(), length, progress, cancel);
                // Mirrors serve .gz, but a mirror serving the raw file works too: detect by content.
                try (InputStream content = IdxStreams.decompressIfGzip(wire)) {
                    VerifiedFiles.install(content, target, file, target, cancel);
                }
            }
        } catch (InterruptedException | IOException e) {
            throw watchdog.explain(file, e);
        } finally {
            checks.cancel(false);
        }
    }

    private synchronized HttpClient client() {
        // Created on first use: an HttpClient starts a selector thread, which loading never needs.
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(connectTimeout)
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        return client;
    }

    private synchronized ScheduledExecutorService watch() {
        if (watch == null) {
            watch = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "digitlab-download-watchdog");
                thread.setDaemon(true);
                return thread;
            });
        }
        return watch;
    }

    /**
     * Interrupts the downloading thread when the server has been silent too long or the user
     * cancels, and only while this download runs: closing it clears an interrupt it caused, so the
     * thread goes on unharmed (an interrupt from anyone else is kept).
     */
    private static final class Watchdog implements AutoCloseable {
        private final Thread reader = Thread.currentThread();
        private final long timeoutNanos;
        private final Duration timeout;
        private volatile long lastActivity = System.nanoTime();
        private boolean armed = true;
        private String fired;

        Watchdog(Duration timeout) {
            this.timeout = timeout;
            this.timeoutNanos = timeout.toNanos();
        }

        void check() {
            if (System.nanoTime() - lastActivity > timeoutNanos) {
                fire("the server sent nothing for " + seconds(timeout));
            }
        }

        void cancel() {
            fire(null);
        }

        private synchronized void fire(String why) {
            if (armed && fired == null) {
                fired = why == null ? "" : why;
                reader.interrupt();
            }
        }

        InputStream watching(InputStream body) {
            return new FilterInputStream(body) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    lastActivity = System.nanoTime();
                    return b;
                }

                @Override
                public int read(byte[] buffer, int off, int len) throws IOException {
                    int n = super.read(buffer, off, len);
                    lastActivity = System.nanoTime();
                    return n;
                }
            };
        }

        /** The failure as the user should read it: cancelled, timed out, or as it came. */
        synchronized IOException explain(DatasetFile file, Exception e) {
            if (fired != null && fired.isEmpty()) {
                InterruptedIOException cancelled = new InterruptedIOException(file.fileName() + ": download cancelled");
                cancelled.initCause(e);
                return cancelled;
            }
            if (fired == null && e instanceof HttpConnectTimeoutException) {
                return new IOException("no connection within the connect time-out (" + e.getMessage() + ")", e);
            }
            if (fired != null || e instanceof HttpTimeoutException) {
                return new IOException(fired != null ? fired : "the server sent nothing for " + seconds(timeout), e);
            }
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt(); // someone else's interrupt: keep it, stop here
                return new InterruptedIOException(file.fileName() + ": download interrupted");
            }
            return (IOException) e;
        }

        @Override
        public synchronized void close() {
            armed = false;
            if (fired != null) {
                Thread.interrupted(); // ours, not the caller's
            }
        }

        private static String seconds(Duration d) {
            return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
        }
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
