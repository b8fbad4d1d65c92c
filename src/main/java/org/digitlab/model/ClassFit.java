package org.digitlab.model;

import java.util.List;
import java.util.Optional;
import org.digitlab.data.DatasetCatalog;
import org.digitlab.data.DatasetInfo;

/**
 * Whether a model's answers may be shown under a dataset's class names. A network only knows the
 * classes it was trained on: a digit model's "class 6" on a Fashion-MNIST image is no shirt, and
 * printing "Shirt 99.8%" would teach something false. So a model is shown only with its own class
 * names, and otherwise a sentence says why there is no answer.
 */
public final class ClassFit {

    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    private ClassFit() {
    }

    /**
     * Empty when {@code model} was trained on the classes of {@code dataset}; else the sentence to
     * show instead of its probabilities, e.g. "This model reads digits; it was not trained on
     * Fashion-MNIST, so it cannot name these images."
     */
    public static Optional<String> mismatch(ModelMetadata model, DatasetInfo dataset) {
        if (model.classLabels().equals(dataset.classNames())) {
            return Optional.empty();
        }
        return Optional.of("This model reads " + reads(model) + "; it was not trained on " + dataset.displayName()
                + ", so it cannot name these images.");
    }

    /** "digits", or "Fashion-MNIST's classes (T-shirt/top, Trouser, …)". */
    static String reads(ModelMetadata model) {
        List<String> labels = model.classLabels();
        if (labels.equals(DIGITS)) {
            return "digits";
        }
        String source = DatasetCatalog.all().stream().filter(d -> d.id().equals(model.datasetId())).findFirst()
                .map(DatasetInfo::displayName).orElse(model.datasetId());
        return source + "'s classes (" + String.join(", ", labels.subList(0, Math.min(2, labels.size())))
                + (labels.size() > 2 ? ", …)" : ")");
    }
}
