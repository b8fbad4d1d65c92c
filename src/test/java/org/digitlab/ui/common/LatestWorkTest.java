package org.digitlab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** Latest-only background work, stepped by hand: queued executors the test runs when it wants. */
class LatestWorkTest {

    private final Queue<Runnable> background = new ArrayDeque<>();
    private final Queue<Runnable> fx = new ArrayDeque<>();
    private final List<String> published = new ArrayList<>();
    private final List<String> ran = new ArrayList<>();
    private final LatestWork<String> work = LatestWork.newestOnly(queue(background), queue(fx), published::add,
            error -> published.add("error: " + error.getMessage()));

    @Test
    void requestsMadeWhileOneRunsCollapseIntoTheNewest() {
        work.request(job("a"));
        work.request(job("b"));
        work.request(job("c"));
        drain();

        assertThat(ran).containsExactly("a", "c");
        assertThat(published).containsExactly("c");
    }

    @Test
    void aCancelledRequestPublishesNothing() {
        work.request(job("a"));
        work.cancel();
        drain();

        assertThat(ran).containsExactly("a");
        assertThat(published).isEmpty();
    }

    @Test
    void everyFinishedPublishesAnOvertakenResultThenRunsTheNewest() {
        LatestWork<String> live = LatestWork.everyFinished(queue(background), queue(fx), published::add,
                error -> published.add("error"));
        live.request(job("a"));
        live.request(job("b"));
        live.request(job("c"));
        drain();

        assertThat(ran).containsExactly("a", "c");
        assertThat(published).containsExactly("a", "c");
    }

    @Test
    void everyFinishedStillDropsACancelledResult() {
        LatestWork<String> live = LatestWork.everyFinished(queue(background), queue(fx), published::add,
                error -> published.add("error"));
        live.request(job("a"));
        live.cancel();
        live.request(job("b"));
        drain();

        assertThat(published).containsExactly("b");
    }

    @Test
    void aFailureReachesFailUnwrapped() {
        work.request(() -> {
            throw new java.io.UncheckedIOException(new java.io.IOException("disk gone"));
        });
        drain();

        assertThat(published).containsExactly("error: disk gone");
        assertThat(work.isBusy()).isFalse();
    }

    private java.util.function.Supplier<String> job(String name) {
        return () -> {
            ran.add(name);
            return name;
        };
    }

    private void drain() {
        while (!background.isEmpty() || !fx.isEmpty()) {
            if (!background.isEmpty()) {
                background.poll().run();
            } else {
                fx.poll().run();
            }
        }
    }

    private static Executor queue(Queue<Runnable> queue) {
        return queue::add;
    }
}
