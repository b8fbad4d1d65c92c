package org.digitlab.ui.evaluation;

import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.control.ContentDisplay;
import javafx.scene.image.ImageView;
import org.controlsfx.control.GridCell;
import org.digitlab.ui.controls.GrayImages;

/** One gallery image with "true → predicted · confidence" under it; clicking selects it. */
final class GalleryCell extends GridCell<GalleryItem> {

    static final double THUMBNAIL_SIZE = 56;
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass WRONG = PseudoClass.getPseudoClass("wrong");

    private final Gallery gallery;
    private final ImageView view = new ImageView();

    GalleryCell(Gallery gallery) {
        this.gallery = gallery;
        getStyleClass().add("gallery-cell");
        view.setFitWidth(THUMBNAIL_SIZE);
        view.setFitHeight(THUMBNAIL_SIZE);
        view.setSmooth(false);
        setContentDisplay(ContentDisplay.TOP);
        gallery.selectedItemProperty().addListener((obs, old, now) -> updateSelected());
        setOnMouseClicked(event -> {
            if (!isEmpty() && getItem() != null) {
                gallery.selectedItemProperty().set(getItem());
            }
        });
    }

    @Override
    protected void updateItem(GalleryItem item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            pseudoClassStateChanged(WRONG, false);
        } else {
            int side = gallery.imageSide();
            view.setImage(GrayImages.digit(gallery.image(item), side, side));
            setGraphic(view);
            setText(String.format(Locale.ROOT, "%d→%d %.0f%%", item.actual(), item.predicted(),
                    100 * item.confidence()));
            pseudoClassStateChanged(WRONG, !item.correct());
        }
        updateSelected();
    }

    private void updateSelected() {
        GalleryItem item = getItem();
        pseudoClassStateChanged(SELECTED, item != null && !isEmpty() && item == gallery.selectedItemProperty().get());
    }
}
