package org.digitlab.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RunControlTest {

    private final List<RunState> states = new CopyOnWriteArrayList<>();
    private final BlockingQueue<RunState> changes = new LinkedBlockingQueue<>();
    private final RunControl control = new RunControl(state -> {
        states.add(state);
        changes.add(state);
    });

    @Test
    void checkpointPassesWhileRunning() throws InterruptedException {
        control.started();
        assertThat(control.checkpoint()).isTrue();
        assertThat(states).containsExactly(RunState.RUNNING);
    }

    @Test
    void pauseBlocksTheTrainingThreadUntilResume() throws Exception {
        control.started();
        control.pause();
        CountDownLatch passed = new CountDownLatch(1);
        Thread trainer = new Thread(() -> {
            try {
                if (control.checkpoint()) {
                    passed.countDown();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        trainer.start();
        awaitState(RunState.PAUSED);
        assertThat(passed.getCount()).isEqualTo(1);
        control.resume();
        assertThat(passed.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(states).containsExactly(RunState.RUNNING, RunState.PAUSED, RunState.RUNNING);
    }

    @Test
    void stopReleasesAPausedRunAndEndsIt() throws Exception {
        control.started();
        control.pause();
        boolean[] result = new boolean[1];
        Thread trainer = new Thread(() -> {
            try {
                result[0] = control.checkpoint();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        trainer.start();
        awaitState(RunState.PAUSED);
        control.stop();
        trainer.join(10_000);
        assertThat(trainer.isAlive()).isFalse();
        assertThat(result[0]).isFalse();
        assertThat(control.state()).isEqualTo(RunState.STOPPING);
        control.finished(false);
        assertThat(control.state()).isEqualTo(RunState.FINISHED);
    }

    @Test
    void stopAfterTheEndChangesNothing() {
        control.started();
        control.finished(false);
        control.stop();
        assertThat(control.state()).isEqualTo(RunState.FINISHED);
    }

    /** Waits for the state change the other thread publishes, skipping earlier ones. */
    private void awaitState(RunState wanted) throws InterruptedException {
        RunState seen;
        do {
            seen = changes.poll(10, TimeUnit.SECONDS);
        } while (seen != null && seen != wanted);
        assertThat(seen).isEqualTo(wanted);
    }
}
