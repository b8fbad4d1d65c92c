package org.digitlab.ui.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.digitlab.data.ChecksumMismatchException;
import org.junit.jupiter.api.Test;

/** Failures explain themselves; progress reaches the FX thread coalesced. */
class FailuresAndProgressTest {

    @Test
    void offlineFailuresSayNoNetworkEvenWhenWrapped() {
        String refused = Failures.describe(new CompletionException(new IOException("fetching x",
                new ConnectException("Connection refused"))));
        assertTrue(refused.startsWith("no network: "), refused);
        assertTrue(Failures.describe(new UnknownHostException("ossci-datasets.s3.amazonaws.com"))
                .startsWith("no network: "));
    }

    @Test
    void checksumMismatchAndCancellationAreNamed() {
        String mismatch = Failures.describe(new ChecksumMismatchException(Path.of("train-images-idx3-ubyte"),
                "aa", "bb"));
        assertTrue(mismatch.startsWith("checksum mismatch") && mismatch.contains("train-images-idx3-ubyte"),
                mismatch);
        assertTrue(Failures.describe(new InterruptedIOException("cancelled")).startsWith("cancelled"));
    }

    @Test
    void progressIsCoalescedToTheNewestFigures() {
        List<Runnable> queued = new ArrayList<>();
        List<ProgressThrottle.Update> seen = new ArrayList<>();
        ProgressThrottle throttle = new ProgressThrottle(queued::add, seen::add, Long.MAX_VALUE);
        for (int done = 1; done <= 1_000; done++) {
            throttle.update("Downloading", done, 1_000);
        }
        assertEquals(1, queued.size(), "one hand-off however many bytes arrived");
        queued.get(0).run();
        assertEquals(1, seen.size());
        assertEquals(1.0, seen.get(0).fraction());
        assertEquals(-1, new ProgressThrottle.Update("x", 5, -1).fraction());
    }
}
