package org.digitlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.digitlab.data.CancellationToken;
import org.digitlab.data.DatasetStore;
import org.digitlab.data.Progress;
import org.digitlab.engine.Engine;
import org.digitlab.inference.DigitChecker;
import org.digitlab.inference.Explainer;
import org.digitlab.inference.NeighbourIndex;
import org.digitlab.inference.NeighbourIndexes;
import org.digitlab.model.TrainedModel;

/**
 * The "not a digit" check for {@code predict} and {@code explain}: the model's index of training
 * images from the cache, or built once (about a minute) with a line on standard error saying so.
 */
final class DigitChecks {

    private DigitChecks() {
    }

    static DigitChecker load(Engine engine, TrainedModel model, PrintWriter err) throws IOException {
        Explainer explainer = engine.explainer(model);
        DatasetStore store = DatasetStore.defaultStore();
        NeighbourIndexes indexes = new NeighbourIndexes(NeighbourIndexes.defaultFolder(store.home()));
        NeighbourIndex index = indexes.cached(explainer);
        if (index == null) {
            err.printf("digitlab: looking at %s's training images once to know what a digit is (about a minute; "
                    + "kept in %s)%n", model.spec().id(), indexes.file(explainer.fingerprint()).getParent());
            err.flush();
            index = indexes.loadOrBuild(explainer, store.load(model.metadata().datasetId()), Progress.NONE,
                    CancellationToken.none());
        }
        return new DigitChecker(explainer, index);
    }
}
