package org.digitlab.ui.datasets;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.digitlab.data.CancellationToken;
import org.digitlab.data.DatasetStore;
import org.digitlab.data.Progress;
import org.digitlab.data.TrainTest;

/** The blocking data-layer calls, wrapped so that futures can run them. */
final class Transfers {

    /** A download or an import. */
    @FunctionalInterface
    interface Action {
        void run(Progress progress, CancellationToken cancel) throws IOException;
    }

    private Transfers() {
    }

    static TrainTest load(DatasetStore store, String id) {
        try {
            return store.load(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void run(Action action, Progress progress, CancellationToken cancel) {
        try {
            action.run(progress, cancel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
