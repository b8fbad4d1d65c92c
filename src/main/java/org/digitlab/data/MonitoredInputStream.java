package org.digitlab.data;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;

/**
 * Counts the bytes read, reports them to a {@link Progress}, and stops with an
 * {@link InterruptedIOException} once the {@link CancellationToken} is cancelled. Placed under the
 * gzip decoder, it counts the bytes on the wire, which is what Content-Length announces.
 */
final class MonitoredInputStream extends FilterInputStream {

    private final String stage;
    private final long total;
    private final Progress progress;
    private final CancellationToken cancel;
    private long done;

    MonitoredInputStream(InputStream in, String stage, long total, Progress progress, CancellationToken cancel) {
        super(in);
        this.stage = stage;
        this.total = total;
        this.progress = progress;
        this.cancel = cancel;
    }

    @Override
    public int read() throws IOException {
        checkCancelled();
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        checkCancelled();
        int n = super.read(buffer, off, len);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        checkCancelled();
        long skipped = super.skip(n);
        advance(skipped);
        return skipped;
    }

    void checkCancelled() throws InterruptedIOException {
        if (cancel.isCancelled()) {
            throw new InterruptedIOException(stage + ": cancelled");
        }
    }

    private void advance(long n) {
        done += n;
        progress.update(stage, done, total);
    }
}
