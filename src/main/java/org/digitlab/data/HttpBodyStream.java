package org.digitlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP response body as an {@link InputStream} whose reads never block for long: the reader
 * waits for the next chunk in short polls, and between polls checks the {@link CancellationToken}
 * and how long the server has been silent. {@code HttpClient}'s own {@code ofInputStream()} body
 * has no read time-out and blocks in a queue that neither closing it nor (on JDK 17) interrupting
 * the reader reliably wakes: a server that stopped sending mid-file hung the download for good.
 */
final class HttpBodyStream extends InputStream implements Flow.Subscriber<List<ByteBuffer>> {

    /** How often a waiting reader looks at the cancellation token. */
    static final Duration POLL = Duration.ofMillis(100);
    private static final List<ByteBuffer> END = List.of();

    private final BlockingQueue<Object> chunks = new LinkedBlockingQueue<>();
    private final String name;
    private final Duration readTimeout;
    private final CancellationToken cancel;
    private volatile Flow.Subscription subscription;
    private Iterator<ByteBuffer> current = END.iterator();
    private ByteBuffer buffer;
    private boolean ended;

    /** @param name the file being fetched, for messages */
    HttpBodyStream(String name, Duration readTimeout, CancellationToken cancel) {
        this.name = name;
        this.readTimeout = readTimeout;
        this.cancel = cancel;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        chunks.add(item);
    }

    @Override
    public void onError(Throwable failure) {
        chunks.add(failure);
    }

    @Override
    public void onComplete() {
        chunks.add(END);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] target, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (buffer == null || !buffer.hasRemaining()) {
            if (current.hasNext()) {
                buffer = current.next();
            } else if (ended || !nextChunk()) {
                return -1;
            }
        }
        int n = Math.min(len, buffer.remaining());
        buffer.get(target, off, n);
        return n;
    }

    /** Waits for the next chunk; false at the end of the body. */
    @SuppressWarnings("unchecked")
    private boolean nextChunk() throws IOException {
        long deadline = System.nanoTime() + readTimeout.toNanos();
        while (true) {
            if (cancel.isCancelled()) {
                throw new InterruptedIOException(name + ": download cancelled");
            }
            Object chunk;
            try {
                chunk = chunks.poll(Math.min(POLL.toNanos(), readTimeout.toNanos()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException(name + ": download interrupted");
            }
            if (chunk == END) {
                ended = true;
                return false;
            }
            if (chunk instanceof Throwable failure) {
                throw failure instanceof IOException io ? io : new IOException(failure.getMessage(), failure);
            }
            if (chunk != null) {
                current = ((List<ByteBuffer>) chunk).iterator();
                subscription.request(1);
                return true;
            }
            if (System.nanoTime() > deadline) {
                throw new SilentServerException(readTimeout);
            }
        }
    }

    @Override
    public void close() {
        Flow.Subscription s = subscription;
        if (s != null && !ended) {
            s.cancel(); // drops the connection rather than reading the rest
        }
    }

    /** The server sent nothing for the read time-out. */
    static final class SilentServerException extends IOException {
        private static final long serialVersionUID = 1L;

        SilentServerException(Duration timeout) {
            super("the server sent nothing for " + Downloader.seconds(timeout));
        }
    }
}
