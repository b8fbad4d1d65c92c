package org.digitlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Downloads from a real HTTP server on loopback, serving the tiny dataset's files gzipped. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DatasetStoreDownloadTest {

    @TempDir
    Path home;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/good/", exchange -> serve(exchange, false));
        server.createContext("/drop/", exchange -> serve(exchange, true));
        server.createContext("/missing/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void goodDownloadIsStoredUncompressedAndVerified() throws IOException {
        DatasetStore store = store(TinyDataset.info(List.of(base("good"))));
        AtomicInteger updates = new AtomicInteger();

        store.download(TinyDataset.ID, (stage, done, total) -> updates.incrementAndGet(), CancellationToken.none());

        DatasetStatus status = store.status(TinyDataset.ID);
        assertThat(status.present()).isTrue();
        assertThat(Files.readAllBytes(status.location("train-images-idx3-ubyte")))
                .isEqualTo(TinyDataset.CONTENT.get("train-images-idx3-ubyte"));
        store.verify(TinyDataset.ID);
        assertThat(store.load(TinyDataset.ID).train().labels()).containsExactly(5, 0, 4);
        assertThat(updates.get()).isPositive();
        assertThat(leftovers(store)).allMatch(p -> !p.getFileName().toString().contains(".part-"));
    }

    @Test
    void nextMirrorIsTriedWhenOneFails() throws IOException {
        DatasetStore store = store(TinyDataset.info(List.of(base("missing"), base("good"))));

        store.download(TinyDataset.ID, Progress.NONE, CancellationToken.none());

        assertThat(store.status(TinyDataset.ID).present()).isTrue();
        assertThat(requests.get()).isEqualTo(8);
    }

    @Test
    void filesAlreadyPresentAreNotDownloadedAgain() throws IOException {
        DatasetStore store = store(TinyDataset.info(List.of(base("good"))));
        store.download(TinyDataset.ID, Progress.NONE, CancellationToken.none());
        int afterFirst = requests.get();

        store.download(TinyDataset.ID, Progress.NONE, CancellationToken.none());

        assertThat(afterFirst).isEqualTo(4);
        assertThat(requests.get()).isEqualTo(afterFirst);
    }

    @Test
    void droppedConnectionLeavesNoFileBehind() throws IOException {
        DatasetStore store = store(TinyDataset.info(List.of(base("drop"))));

        assertThatThrownBy(() -> store.download(TinyDataset.ID, Progress.NONE, CancellationToken.none()))
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(DatasetFormatException.class)
                .hasMessageContaining("train-images-idx3-ubyte: download from " + base("drop"));

        assertThat(leftovers(store)).isEmpty();
        assertThat(store.status(TinyDataset.ID).present()).isFalse();
    }

    @Test
    void wrongChecksumIsReportedWithBothHashesAndLeavesNothing() throws IOException {
        String wrong = IdxFixtures.sha256(new byte[] {42});
        DatasetStore store = store(TinyDataset.info(List.of(base("good")), name -> wrong));

        assertThatThrownBy(() -> store.download(TinyDataset.ID, Progress.NONE, CancellationToken.none()))
                .isInstanceOfSatisfying(ChecksumMismatchException.class, e -> {
                    assertThat(e.getMessage()).startsWith("train-images-idx3-ubyte: ");
                    assertThat(e.expected()).isEqualTo(wrong);
                    assertThat(e.actual()).isEqualTo(IdxFixtures.sha256(
                            TinyDataset.CONTENT.get("train-images-idx3-ubyte")));
                });

        assertThat(leftovers(store)).isEmpty();
    }

    @Test
    void cancellationStopsTheDownloadAndLeavesNothing() throws IOException {
        DatasetStore store = store(TinyDataset.info(List.of(base("good"))));
        CancellationToken cancel = new CancellationToken();

        assertThatThrownBy(() -> store.download(TinyDataset.ID, (stage, done, total) -> cancel.cancel(), cancel))
                .isInstanceOf(InterruptedIOException.class)
                .hasMessageContaining("cancelled");

        assertThat(leftovers(store)).isEmpty();
        assertThat(requests.get()).as("no other mirror or file is tried after cancelling").isEqualTo(1);
    }

    private void serve(HttpExchange exchange, boolean dropMidBody) throws IOException {
        requests.incrementAndGet();
        String path = exchange.getRequestURI().getPath();
        String name = path.substring(path.lastIndexOf('/') + 1).replace(".gz", "");
        byte[] body = IdxFixtures.gzip(TinyDataset.CONTENT.get(name));
        exchange.sendResponseHeaders(200, body.length);
        OutputStream out = exchange.getResponseBody();
        if (dropMidBody) {
            out.write(body, 0, body.length / 2);
            out.flush();
            // The server closes the connection when a handler fails: the client sees it drop mid-body.
            throw new IOException("test server drops the connection");
        }
        out.write(body);
        exchange.close();
    }

    private URI base(String context) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/" + context + "/");
    }

    private DatasetStore store(DatasetInfo info) {
        return new DatasetStore(home, List.of(), TinyDataset.catalog(info));
    }

    private static List<Path> leftovers(DatasetStore store) throws IOException {
        Path dir = store.cacheDir(TinyDataset.ID);
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
