package org.digitlab.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.digitlab.data.DataSplits;
import org.digitlab.data.ImageSet;
import org.digitlab.model.Presets;
import org.junit.jupiter.api.Test;

/** Probe images ride on a request without changing what existing callers build. */
class ProbeRequestTest {

    private static final ImageSet TINY = new ImageSet(28, 28, new byte[28 * 28], new byte[1]);
    private static final DataSplits SPLITS = new DataSplits(TINY, null, TINY);

    @Test
    void aRequestBuiltTheOldWayCarriesNoProbesAndTheCopiesKeepThem() {
        TrainingRequest old = new TrainingRequest(Presets.get("mlp-100"), SPLITS, 0, null, 20);
        assertThat(old.probes()).isSameAs(ProbeImages.NONE);

        ProbeImages probes = new ProbeImages(List.of(new float[784]), 5);
        TrainingRequest withProbes = old.withProbes(probes).withLimit(100).withCheckpointFile(null);
        assertThat(withProbes.probes()).isEqualTo(probes);
        assertThat(withProbes.limit()).isEqualTo(100);
    }

    @Test
    void probesAreReportedNoMoreOftenThanEveryBatch() {
        assertThatThrownBy(() -> new ProbeImages(List.of(), 0)).hasMessageContaining("everyBatches");
    }

    @Test
    void allPassesEveryEventToEachListenerInOrder() {
        List<String> seen = new ArrayList<>();
        TrainingListener first = new TrainingListener() {
            @Override
            public void onProbes(ProbeSnapshot snapshot) {
                seen.add("first " + snapshot.iteration());
            }
        };
        TrainingListener second = new TrainingListener() {
            @Override
            public void onProbes(ProbeSnapshot snapshot) {
                seen.add("second " + snapshot.iteration());
            }

            @Override
            public void onStateChanged(RunState state) {
                seen.add("second " + state);
            }
        };

        TrainingListener both = TrainingListener.all(List.of(first, second));
        both.onProbes(new ProbeSnapshot(1, 10, new float[][] {{1}}));
        both.onStateChanged(RunState.RUNNING);

        assertThat(seen).containsExactly("first 10", "second 10", "second RUNNING");
    }
}
