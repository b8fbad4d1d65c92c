package org.digitlab.ui.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.digitlab.data.ImageSet;
import org.digitlab.training.Misclassified;
import org.digitlab.training.Predictions;

/**
 * The gallery's state: which of the evaluated images it lists (one confusion-matrix cell, or every
 * mistake, most confident first), under which title, and the image picked among them.
 *
 * <p>Apart from {@link EvaluationViewModel} because choosing and reading images out of a finished
 * evaluation is its own concern: it only reads the figures, never starts or forgets them. The
 * view-model decides when the figures change and tells the gallery ({@link #showMistakes} after an
 * evaluation, {@link #clear} when the figures are forgotten); the gallery's panel and its cells
 * speak to this class alone.
 */
public final class Gallery {

    /** What the gallery shows. */
    public enum Mode { NONE, CELL, MISTAKES }

    static final String HINT = "Click a cell of the matrix, or show the mistakes";

    private final ObservableObjectValue<EvaluationViewModel.Evaluated> evaluated;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", HINT);
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.NONE);
    private final ReadOnlyObjectWrapper<int[]> selectedCell = new ReadOnlyObjectWrapper<>(this, "selectedCell");
    private final ObservableList<GalleryItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<GalleryItem> selectedItem = new SimpleObjectProperty<>(this, "selectedItem");

    /** @param evaluated the figures the gallery's images come from; null while there are none */
    Gallery(ObservableObjectValue<EvaluationViewModel.Evaluated> evaluated) {
        this.evaluated = evaluated;
    }

    // --- properties

    /** "12 images of 4 called 9 (wrong), most confident first", or the hint before any. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** {true class, predicted class} of the cell the gallery shows, or null. */
    public ReadOnlyObjectProperty<int[]> selectedCellProperty() {
        return selectedCell.getReadOnlyProperty();
    }

    /** The images of the chosen cell, or the mistakes, most confident first. */
    public ObservableList<GalleryItem> items() {
        return items;
    }

    public ObjectProperty<GalleryItem> selectedItemProperty() {
        return selectedItem;
    }

    // --- commands

    /** The gallery shows the images of true class {@code actual} the model called {@code predicted}. */
    public void showCell(int actual, int predicted) {
        EvaluationViewModel.Evaluated current = evaluated.get();
        if (current == null) {
            return;
        }
        Predictions predictions = current.result().predictions();
        List<GalleryItem> found = new ArrayList<>();
        for (int i = 0; i < predictions.size(); i++) {
            if (predictions.actual()[i] == actual && predictions.predicted(i) == predicted) {
                found.add(new GalleryItem(i, actual, predicted, predictions.probabilities()[i]));
            }
        }
        found.sort(Comparator.comparingDouble(GalleryItem::confidence).reversed());
        selectedCell.set(new int[] {actual, predicted});
        mode.set(Mode.CELL);
        title.set(String.format(Locale.ROOT, "%d %s of %d called %d%s", found.size(),
                found.size() == 1 ? "image" : "images", actual, predicted,
                actual == predicted ? " (right)" : " (wrong), most confident first"));
        setItems(found);
    }

    /** The gallery shows every mistake, the most confident wrong answer first. */
    public void showMistakes() {
        EvaluationViewModel.Evaluated current = evaluated.get();
        if (current == null) {
            return;
        }
        List<GalleryItem> found = new ArrayList<>();
        for (Misclassified m : current.result().misclassified()) {
            found.add(new GalleryItem(m.index(), m.actual(), m.predicted(), m.probabilities()));
        }
        selectedCell.set(null);
        mode.set(Mode.MISTAKES);
        title.set(found.size() + " mistakes, the most confident wrong answer first");
        setItems(found);
    }

    /** The image of a gallery item as the model saw it (values 0..1, ink bright), or null. */
    public float[] image(GalleryItem item) {
        EvaluationViewModel.Evaluated current = evaluated.get();
        if (current == null || item == null) {
            return null;
        }
        byte[] bytes = current.images().copyImage(item.index());
        float[] values = new float[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            values[i] = (bytes[i] & 0xFF) / (float) ImageSet.MAX_PIXEL;
        }
        return values;
    }

    /** Side of the evaluated images (28), or 0. */
    public int imageSide() {
        EvaluationViewModel.Evaluated current = evaluated.get();
        return current == null ? 0 : current.images().rows();
    }

    // --- for the view-model

    /** Empties the gallery: the figures it came from are gone. */
    void clear() {
        selectedCell.set(null);
        mode.set(Mode.NONE);
        title.set(HINT);
        setItems(List.of());
    }

    private void setItems(List<GalleryItem> shown) {
        selectedItem.set(null);
        items.setAll(shown);
        if (!shown.isEmpty()) {
            selectedItem.set(shown.get(0));
        }
    }
}
