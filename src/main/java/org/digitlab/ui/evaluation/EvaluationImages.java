package org.digitlab.ui.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.digitlab.data.DatasetSplit;
import org.digitlab.data.collected.CollectedSets;

/**
 * A choice of the Evaluation view's "Images": a split of the model's own dataset, or a set of
 * digits a class drew (tested whole).
 *
 * @param split the split of the model's dataset, or null for a drawn set
 * @param drawnSet the drawn set's id, or null for a split
 * @param text what the choice shows
 */
record EvaluationImages(DatasetSplit split, String drawnSet, String text) {

    static EvaluationImages of(DatasetSplit split) {
        return new EvaluationImages(split, null, split.toString());
    }

    static EvaluationImages of(CollectedSets.Summary set) {
        return new EvaluationImages(null, set.id(), "drawn: " + set.name());
    }

    /**
     * The model's test and training splits, then every drawn set here. Test comes first: it is the
     * choice the view starts with, the honest exam of images the network never learnt from.
     */
    static List<EvaluationImages> all(CollectedSets sets) {
        List<EvaluationImages> all = new ArrayList<>();
        all.add(of(DatasetSplit.TEST));
        all.add(of(DatasetSplit.TRAIN));
        sets.list().forEach(set -> all.add(of(set)));
        return all;
    }

    @Override
    public String toString() {
        return text;
    }
}
