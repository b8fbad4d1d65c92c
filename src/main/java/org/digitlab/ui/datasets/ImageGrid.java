package org.digitlab.ui.datasets;

import java.util.Collections;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.digitlab.data.ImageSet;

/**
 * What the thumbnail grid holds, as state: the split's images on show, the indices a label
 * filter leaves, the selected image and "go to image n". {@link DatasetsViewModel} decides which
 * images are loaded and when; this class decides which of them are listed and which one is picked,
 * so the browser's loading rules and its selection rules can each be read on their own.
 *
 * <p>The order of changes is part of the contract: the indices empty before the images change
 * and the selection moves after, so a recycled cell or a listener of the selection never pairs
 * one split's index with another split's pictures.
 */
public final class ImageGrid {

    private final ReadOnlyObjectWrapper<ShownImages> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyObjectWrapper<ImageSet> images = new ReadOnlyObjectWrapper<>(this, "images");
    private final ReadOnlyObjectWrapper<Integer> labelFilter = new ReadOnlyObjectWrapper<>(this, "labelFilter");
    private final ObservableList<Integer> indices = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(this, "selectedIndex", -1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final IntegerBinding selectedLabel;
    private final ObjectBinding<int[]> selectedPixels;

    ImageGrid() {
        images.bind(Bindings.createObjectBinding(() -> shown.get() == null ? null : shown.get().images(), shown));
        selectedLabel = Bindings.createIntegerBinding(() -> hasSelection() ? images.get().label(selectedIndex.get())
                : -1, images, selectedIndex);
        selectedPixels = Bindings.createObjectBinding(() -> hasSelection()
                ? Pixels.unsigned(images.get().copyImage(selectedIndex.get())) : null, images, selectedIndex);
    }

    // --- properties

    /**
     * The images the grid shows with the dataset and split they belong to, {@code null} while
     * loading: a cell reads name, labels and pictures from this one value.
     */
    public ReadOnlyObjectProperty<ShownImages> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The images of the chosen split, {@code null} until loaded. */
    public ReadOnlyObjectProperty<ImageSet> imagesProperty() {
        return images.getReadOnlyProperty();
    }

    /** The label the grid is limited to, {@code null} for all. */
    public ReadOnlyObjectProperty<Integer> labelFilterProperty() {
        return labelFilter.getReadOnlyProperty();
    }

    /** Indices (into the split) of the images the grid shows, ascending. */
    public ObservableList<Integer> indices() {
        return FXCollections.unmodifiableObservableList(indices);
    }

    /** Index of the selected image in the split, -1 for none. */
    public ReadOnlyIntegerProperty selectedIndexProperty() {
        return selectedIndex.getReadOnlyProperty();
    }

    /** Label of the selected image, -1 for none. */
    public IntegerBinding selectedLabelProperty() {
        return selectedLabel;
    }

    /** The selected image's pixels, row by row, 0..255; {@code null} for none. */
    public ObjectBinding<int[]> selectedPixelsProperty() {
        return selectedPixels;
    }

    /** Why a jump was refused; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // --- commands

    /** Limits the grid to one label ({@code null}: all) and keeps the selection inside it. */
    public void filter(Integer label) {
        labelFilter.set(label);
        refilter();
        if (positionOf(selectedIndex.get()) < 0) {
            selectedIndex.set(indices.isEmpty() ? -1 : indices.get(0));
        }
    }

    /** Selects an image by its index in the split, dropping a filter that hides it. */
    public boolean jumpTo(int index) {
        ImageSet set = images.get();
        if (set == null || index < 0 || index >= set.size()) {
            message.set(set == null ? "nothing loaded yet"
                    : "no image " + index + ": this split has images 0 to " + (set.size() - 1));
            return false;
        }
        if (labelFilter.get() != null && labelFilter.get() != set.label(index)) {
            filter(null);
        }
        message.set("");
        selectedIndex.set(index);
        return true;
    }

    /** Selects an image the grid shows. */
    public void select(int index) {
        selectedIndex.set(index);
    }

    /** Where an image index sits in {@link #indices()}, or -1 when filtered out. */
    public int positionOf(int index) {
        return Math.max(-1, Collections.binarySearch(indices, index));
    }

    // --- for the view-model, which decides what is shown

    /** A split's images become current; the grid starts at its first image (notebook 003's view). */
    void show(ShownImages now) {
        indices.clear(); // recycled cells holding equal indices must redraw for the new images
        shown.set(now);
        refilter();
        selectedIndex.set(-1);
        selectedIndex.set(indices.isEmpty() ? -1 : indices.get(0));
    }

    /** Nothing is shown (loading, missing or hidden); the filter stays for when images come back. */
    void clear() {
        indices.clear();
        shown.set(null);
        selectedIndex.set(-1);
    }

    /** Another dataset: its labels may mean other things, so no filter carries over. */
    void dropFilter() {
        labelFilter.set(null);
    }

    /** Selects {@code index} again if the grid lists it (the image selected before the browser hid). */
    void reselect(int index) {
        if (index >= 0 && positionOf(index) >= 0) {
            selectedIndex.set(index);
        }
    }

    private void refilter() {
        indices.setAll(LabelIndices.of(images.get(), labelFilter.get()));
    }

    private boolean hasSelection() {
        return images.get() != null && selectedIndex.get() >= 0 && selectedIndex.get() < images.get().size();
    }
}
