package org.digitlab.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.digitlab.data.DataSplits;
import org.digitlab.data.ImageSet;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.Presets;
import org.digitlab.model.TrainingHistory;
import org.junit.jupiter.api.Test;

/** A session's load → train → test, with a trainer the test ends by hand and a direct executor. */
class TrainingSessionTest {

    private static final Executor DIRECT = Runnable::run;
    private static final ArchitectureSpec SPEC = Presets.get("mlp-100");

    private final List<TrainingRequest> requests = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();
    private final CompletableFuture<TrainingResult> result = new CompletableFuture<>();
    private final Trainer trainer = (request, listener) -> {
        requests.add(request);
        return new TrainingRun() {
            @Override
            public RunState state() {
                return RunState.RUNNING;
            }

            @Override
            public void pause() {
                calls.add("pause");
            }

            @Override
            public void resume() {
                calls.add("resume");
            }

            @Override
            public void stop() {
                calls.add("stop");
            }

            @Override
            public CompletableFuture<TrainingResult> result() {
                return result;
            }
        };
    };
    private final TrainingSession.Events events = new TrainingSession.Events() {
        @Override
        public void started() {
            calls.add("started");
        }

        @Override
        public void testing(int images) {
            calls.add("testing " + images);
        }
    };

    @Test
    void thePlanShapesTheRequestAndTheEndWaitsForTheRun() {
        TrainingSession session = new TrainingSession(parts(), SPEC,
                new TrainingSession.Plan(300, null, ProbeImages.NONE));

        CompletableFuture<TrainingSession.Outcome> end = session.start(DIRECT, new TrainingListener() { }, events);

        assertThat(requests).singleElement().satisfies(r -> assertThat(r.limit()).isEqualTo(300));
        assertThat(calls).containsExactly("started");
        assertThat(end).isNotDone(); // no thread waits: the run's own end completes it
        result.complete(new TrainingResult(RunOutcome.STOPPED, "", TrainingHistory.EMPTY, null, 0));
        assertThat(end).isCompleted();
        assertThat(end.join().test()).isNull(); // no model, nothing to test
        assertThat(calls).doesNotContain("testing 2");
    }

    @Test
    void aStopAskedForWhileLoadingStopsTheRunAsSoonAsItStarts() {
        List<Runnable> loading = new ArrayList<>();
        TrainingSession session = new TrainingSession(parts(), SPEC, TrainingSession.Plan.FRESH);
        session.start(loading::add, new TrainingListener() { }, events);

        session.stop();
        loading.forEach(Runnable::run);

        assertThat(calls).containsExactly("stop", "started");
    }

    @Test
    void aDatasetThatCannotLoadFailsTheSession() {
        TrainingSession session = new TrainingSession(new TrainingSession.Parts(trainer, settings -> {
            throw new java.io.IOException("mnist is missing");
        }, (model, test, dataset) -> null), SPEC, TrainingSession.Plan.FRESH);

        CompletableFuture<TrainingSession.Outcome> end = session.start(DIRECT, new TrainingListener() { }, events);

        assertThat(end).isCompletedExceptionally();
        assertThat(requests).isEmpty();
    }

    private TrainingSession.Parts parts() {
        ImageSet two = new ImageSet(2, 2, new byte[8], new byte[] {1, 2});
        return new TrainingSession.Parts(trainer, settings -> new DataSplits(two, null, two),
                (model, test, dataset) -> null);
    }
}
