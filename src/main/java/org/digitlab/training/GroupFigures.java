package org.digitlab.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Accuracy per group of examples, e.g. per writer of a collected set: which of the class's
 * handwritings the model reads, which it does not.
 *
 * @param group the group's name (a writer)
 * @param correct examples of the group the model got right
 * @param total examples of the group
 */
public record GroupFigures(String group, int correct, int total) {

    public double accuracy() {
        return total == 0 ? Double.NaN : (double) correct / total;
    }

    /** "Ana 90% (9/10)". */
    public String describe() {
        return String.format(Locale.ROOT, "%s %.0f%% (%d/%d)", group, 100 * accuracy(), correct, total);
    }

    /** Each group's figures, in the map's order; indices index {@code predictions}. */
    public static List<GroupFigures> of(Predictions predictions, Map<String, List<Integer>> groups) {
        List<GroupFigures> result = new ArrayList<>();
        groups.forEach((name, indices) -> {
            int correct = 0;
            for (int i : indices) {
                if (predictions.predicted(i) == predictions.actual()[i]) {
                    correct++;
                }
            }
            result.add(new GroupFigures(name, correct, indices.size()));
        });
        return result;
    }

    /** "Ana 90% (9/10), Ben 85% (17/20)", or "" with no groups. */
    public static String describe(List<GroupFigures> figures) {
        return String.join(", ", figures.stream().map(GroupFigures::describe).toList());
    }
}
