package org.digitlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.digitlab.Slow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloads from servers that misbehave in the ways that used to hang the lab: one that stops
 * sending mid-file, one that accepts the connection and never answers, one that fails once. The
 * downloader's time-outs are shortened through its constructor, so every test ends in seconds;
 * before the time-outs and the cancel-closes-the-connection fix each of these hung.
 */
@Timeout(value = 15, unit = TimeUnit.SECONDS)
@Slow
class DownloadFailuresTest {

    private static final Duration SHORT = Duration.ofMillis(500);
    private static final Duration LONG = Duration.ofSeconds(60);

    @TempDir
    Path home;

    private HttpServer server;
    private ServerSocket silent;
    private final CountDownLatch releaseStalled = new CountDownLatch(1);
    private final CountDownLatch stalled = new CountDownLatch(1);
    private final AtomicInteger flakyRequests = new AtomicInteger();
    private final ExecutorService serverThreads = Executors.newCachedThreadPool();
    private final ExecutorService client = Executors.newSingleThreadExecutor();

    @BeforeEach
    void startServers() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(serverThreads); // a stalled handler must not block the other contexts
        server.createContext("/good/", exchange -> serve(exchange, false));
        server.createContext("/stall/", exchange -> serve(exchange, true));
        server.createContext("/flaky/", exchange -> {
            if (flakyRequests.incrementAndGet() == 1) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
            } else {
                serve(exchange, false);
            }
        });
        server.start();
        // Accepted by the kernel's backlog, never by anyone: the connection opens and stays silent.
        silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    @AfterEach
    void stopServers() throws IOException {
        releaseStalled.countDown();
        client.shutdownNow();
        server.stop(0);
        serverThreads.shutdownNow();
        silent.close();
    }

    @Test
    void serverThatStopsSendingMidFileFailsAfterTheReadTimeoutAndLeavesNoPart() {
        DatasetStore store = store(List.of(base("stall")), SHORT);

        assertThatThrownBy(() -> store.download(TinyDataset.ID, Progress.NONE, CancellationToken.none()))
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(InterruptedIOException.class)
                .hasMessageContaining("train-images-idx3-ubyte: download from " + base("stall"))
                .hasMessageContaining("sent nothing for 0.5 s");

        assertThat(leftovers()).isEmpty();
    }

    @Test
    void cancelInterruptsAReadBlockedOnAStalledServer() throws Exception {
        DatasetStore store = store(List.of(base("stall")), LONG);
        CancellationToken cancel = new CancellationToken();
        Future<?> download = client.submit(() -> {
            store.download(TinyDataset.ID, Progress.NONE, cancel);
            return null;
        });
        assertThat(stalled.await(10, TimeUnit.SECONDS)).as("the server got to its stall").isTrue();
        long start = System.nanoTime();

        cancel.cancel();

        assertThatThrownBy(() -> download.get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(InterruptedIOException.class).hasMessageContaining("cancelled");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void mirrorThatNeverAnswersIsLeftForTheNextAfterTheReadTimeout() throws IOException {
        URI mute = URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/mute/");
        DatasetStore store = store(List.of(mute, base("good")), SHORT);

        store.download(TinyDataset.ID, Progress.NONE, CancellationToken.none());

        assertThat(store.status(TinyDataset.ID).present()).isTrue();
    }

    @Test
    void cancelInterruptsAWaitForAServerThatNeverAnswers() throws Exception {
        URI mute = URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/mute/");
        DatasetStore store = store(List.of(mute), LONG);
        CancellationToken cancel = new CancellationToken();
        CountDownLatch started = new CountDownLatch(1);
        Future<?> download = client.submit(() -> {
            started.countDown();
            store.download(TinyDataset.ID, Progress.NONE, cancel);
            return null;
        });
        started.await();

        cancel.cancel();

        assertThatThrownBy(() -> download.get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(InterruptedIOException.class);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aMirrorThatFailsOnceIsAskedAgain() throws IOException {
        DatasetStore store = store(List.of(base("flaky")), SHORT);

        store.download(TinyDataset.ID, Progress.NONE, CancellationToken.none());

        assertThat(store.status(TinyDataset.ID).present()).isTrue();
        assertThat(flakyRequests.get()).isEqualTo(5);
    }

    @Test
    void downloadedFilesGetTheUsersDefaultPermissionsNotOwnerOnly() throws IOException {
        DatasetStore store = store(List.of(base("good")), SHORT);
        Path reference = Files.createFile(home.resolve("made-like-any-file"));

        store.download(TinyDataset.ID, Progress.NONE, CancellationToken.none());

        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(reference);
        Path installed = store.status(TinyDataset.ID).location("train-images-idx3-ubyte");
        assertThat(Files.getPosixFilePermissions(installed)).isEqualTo(expected);
        assertThat(expected).as("the test's umask lets others read").contains(PosixFilePermission.OTHERS_READ);
    }

    private void serve(HttpExchange exchange, boolean stall) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String name = path.substring(path.lastIndexOf('/') + 1).replace(".gz", "");
        byte[] body = IdxFixtures.gzip(TinyDataset.CONTENT.get(name));
        exchange.sendResponseHeaders(200, body.length);
        OutputStream out = exchange.getResponseBody();
        if (stall) {
            out.write(body, 0, body.length / 2);
            out.flush();
            stalled.countDown();
            try {
                releaseStalled.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        out.write(body);
        exchange.close();
    }

    private URI base(String context) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + context + "/");
    }

    private DatasetStore store(List<URI> mirrors, Duration readTimeout) {
        return new DatasetStore(home, List.of(), TinyDataset.catalog(TinyDataset.info(mirrors)),
                new Downloader(SHORT, readTimeout, Downloader.ROUNDS));
    }

    private List<Path> leftovers() {
        Path dir = home.resolve("datasets").resolve(TinyDataset.ID);
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
