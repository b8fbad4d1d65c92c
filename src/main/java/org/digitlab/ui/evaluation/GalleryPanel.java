package org.digitlab.ui.evaluation;

import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.GridView;
import org.digitlab.ui.controls.ConfusionMatrix;
import org.digitlab.ui.controls.PixelView;
import org.digitlab.ui.controls.StemPlot;

/**
 * The Evaluation view's gallery card wired to {@link Gallery}: a click on a confusion-matrix cell
 * fills the gallery and marks the cell, the grid of thumbnails, "Show all mistakes", and the picked
 * image with its ten probabilities and a caption.
 *
 * <p>Apart from {@link EvaluationView} because the matrix-to-gallery-to-image path is one piece of
 * interaction with its own nodes and its own sub-model; the view keeps the toolbar, the exports and
 * the figures, and reaches the gallery only through its two buttons' commands.
 */
final class GalleryPanel {

    private final ConfusionMatrix matrix;
    private final Label title;
    private final Button mistakesButton;
    private final GridView<GalleryItem> grid;
    private final PixelView selectedImage;
    private final StemPlot selectedProbabilities;
    private final Label selectedCaption;
    private final Button openInDrawButton;

    GalleryPanel(ConfusionMatrix matrix, Label title, Button mistakesButton, GridView<GalleryItem> grid,
            PixelView selectedImage, StemPlot selectedProbabilities, Label selectedCaption, Button openInDrawButton) {
        this.matrix = matrix;
        this.title = title;
        this.mistakesButton = mistakesButton;
        this.grid = grid;
        this.selectedImage = selectedImage;
        this.selectedProbabilities = selectedProbabilities;
        this.selectedCaption = selectedCaption;
        this.openInDrawButton = openInDrawButton;
    }

    /** Binds the nodes to the view-model's gallery; shows no picked image until there is one. */
    void attach(EvaluationViewModel viewModel) {
        Gallery gallery = viewModel.gallery();
        mistakesButton.disableProperty().bind(viewModel.hasResultProperty().not());
        title.textProperty().bind(gallery.titleProperty());
        matrix.selectedCellProperty().bind(gallery.selectedCellProperty());
        matrix.setOnCellClicked(gallery::showCell);
        grid.setItems(gallery.items());
        grid.setCellFactory(g -> new GalleryCell(gallery));
        grid.setCellWidth(GalleryCell.THUMBNAIL_SIZE + 12);
        grid.setCellHeight(GalleryCell.THUMBNAIL_SIZE + 24);
        openInDrawButton.disableProperty().bind(gallery.selectedItemProperty().isNull());
        gallery.selectedItemProperty().addListener((obs, old, item) -> show(viewModel, item));
        Tooltip.install(selectedImage, new Tooltip("The chosen image, pixel by pixel, as the network saw it."));
        Tooltip.install(selectedProbabilities, new Tooltip("The network's ten probabilities for the chosen image; "
                + "the tallest is its answer."));
        show(viewModel, null);
    }

    private void show(EvaluationViewModel viewModel, GalleryItem item) {
        Gallery gallery = viewModel.gallery();
        int side = gallery.imageSide();
        if (item == null || side == 0) {
            selectedImage.pixelsProperty().set(null);
            selectedProbabilities.probabilitiesProperty().set(null);
            selectedCaption.setText("");
            return;
        }
        selectedImage.sideProperty().set(side);
        selectedImage.pixelsProperty().set(gallery.image(item));
        selectedProbabilities.probabilitiesProperty().set(item.probabilities());
        selectedCaption.setText(String.format(Locale.ROOT, "Image %d of the %s set: a %d, the network said %d "
                + "(%.1f%% sure).", item.index(), viewModel.evaluatedProperty().get().setName(), item.actual(),
                item.predicted(), 100 * item.confidence()));
    }
}
