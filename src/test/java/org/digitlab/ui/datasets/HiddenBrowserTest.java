package org.digitlab.ui.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Executor;
import javafx.beans.property.SimpleObjectProperty;
import org.digitlab.data.DatasetCatalog;
import org.digitlab.data.DatasetSplit;
import org.digitlab.data.DatasetStore;
import org.digitlab.inference.Predictor;
import org.junit.jupiter.api.Test;

/**
 * A browser whose tab is hidden lets go of its images (the 56×56 set is 235 MB) and, shown again,
 * loads them with the same dataset, split, filter and image selected. Direct executors, real MNIST.
 */
class HiddenBrowserTest {

    private static final Executor DIRECT = Runnable::run;

    private final DatasetsViewModel model =
            new DatasetsViewModel(DatasetStore.defaultStore(), DIRECT, DIRECT, new SimpleObjectProperty<Predictor>());
    private final ImageGrid grid = model.grid();

    @Test
    void hiddenItLetsGoOfItsImagesAndShownItComesBackWhereItWas() {
        model.selectDataset(DatasetCatalog.MNIST);
        model.selectSplit(DatasetSplit.TEST);
        grid.filter(7);
        int seventh = grid.indices().get(6);
        grid.select(seventh);

        model.setShowing(false);

        assertNull(grid.imagesProperty().get());
        assertTrue(grid.indices().isEmpty());
        assertEquals(-1, grid.selectedIndexProperty().get());
        assertEquals(DatasetCatalog.MNIST, model.datasetIdProperty().get());

        model.setShowing(true);

        assertNotNull(grid.imagesProperty().get());
        assertEquals(DatasetSplit.TEST, model.splitProperty().get());
        assertEquals(7, grid.labelFilterProperty().get());
        assertEquals(seventh, grid.selectedIndexProperty().get());
        assertEquals(7, grid.selectedLabelProperty().get());
    }

    @Test
    void aDatasetChosenWhileHiddenLoadsOnlyWhenShown() {
        model.setShowing(false);
        model.selectDataset("fashion-mnist");

        assertNull(grid.imagesProperty().get());
        assertEquals("fashion-mnist", model.datasetIdProperty().get());

        model.setShowing(true);

        assertEquals(60_000, grid.imagesProperty().get().size());
        assertEquals(0, grid.selectedIndexProperty().get());
    }
}
