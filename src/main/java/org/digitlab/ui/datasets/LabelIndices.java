package org.digitlab.ui.datasets;

import java.util.ArrayList;
import java.util.List;
import org.digitlab.data.ImageSet;

/** The image indices a label filter leaves, ascending (so positions can be binary-searched). */
final class LabelIndices {

    private LabelIndices() {
    }

    /** {@code label == null}: every index; no images: none. */
    static List<Integer> of(ImageSet set, Integer label) {
        if (set == null) {
            return List.of();
        }
        List<Integer> shown = new ArrayList<>(label == null ? set.size() : set.size() / 8);
        for (int i = 0; i < set.size(); i++) {
            if (label == null || set.label(i) == label) {
                shown.add(i);
            }
        }
        return shown;
    }
}
