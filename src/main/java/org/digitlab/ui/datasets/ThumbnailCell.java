package org.digitlab.ui.datasets;

import javafx.css.PseudoClass;
import javafx.scene.control.ContentDisplay;
import javafx.scene.image.ImageView;
import org.controlsfx.control.GridCell;

/**
 * One grid cell: an image index drawn as its thumbnail (from the shared cache) with its label
 * underneath. Cells are recycled while scrolling, so all state comes from the item.
 */
final class ThumbnailCell extends GridCell<Integer> {

    static final String STYLE_CLASS = "thumbnail-cell";
    static final double THUMBNAIL_SIZE = 56;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

    private final ImageGrid grid;
    private final ThumbnailCache cache;
    private final ImageView view = new ImageView();

    ThumbnailCell(ImageGrid grid, ThumbnailCache cache) {
        this.grid = grid;
        this.cache = cache;
        getStyleClass().add(STYLE_CLASS);
        view.setFitWidth(THUMBNAIL_SIZE);
        view.setFitHeight(THUMBNAIL_SIZE);
        view.setSmooth(false);
        setContentDisplay(ContentDisplay.TOP);
        // The cells live as long as the grid view, and the grid view as long as the model: no leak.
        grid.selectedIndexProperty().addListener((obs, old, now) -> updateSelected());
        setOnMouseClicked(event -> {
            if (!isEmpty() && getItem() != null) {
                grid.select(getItem());
            }
        });
    }

    @Override
    protected void updateItem(Integer index, boolean empty) {
        super.updateItem(index, empty);
        // One snapshot for picture, key and name: the dataset chosen a moment ago may not be loaded yet.
        ShownImages shown = grid.shownProperty().get();
        if (empty || index == null || shown == null || index >= shown.images().size()) {
            setText(null);
            setGraphic(null);
        } else {
            view.setImage(cache.get(shown.key(index), shown.images()));
            setGraphic(view);
            setText(shown.labelName(index));
        }
        updateSelected();
    }

    private void updateSelected() {
        pseudoClassStateChanged(SELECTED, !isEmpty() && getItem() != null
                && getItem() == grid.selectedIndexProperty().get());
    }
}
