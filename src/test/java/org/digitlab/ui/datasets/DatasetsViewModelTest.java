package org.digitlab.ui.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.SimpleObjectProperty;
import org.digitlab.data.DatasetCatalog;
import org.digitlab.data.DatasetSplit;
import org.digitlab.data.DatasetStore;
import org.digitlab.inference.Predictor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The browser's state over real MNIST, with direct executors: no FX toolkit, no waiting. */
class DatasetsViewModelTest {

    private static final Executor DIRECT = Runnable::run;
    private static final int MNIST_TRAIN_SIZE = 60_000;
    private static final int MNIST_TEST_SIZE = 10_000;
    /** MNIST's first training image is a 5, as notebook 003 shows. */
    private static final int FIRST_TRAIN_LABEL = 5;

    private static DatasetsViewModel mnist;

    @BeforeAll
    static void loadMnistOnce() {
        mnist = newModel(DatasetStore.defaultStore());
        mnist.selectDataset(DatasetCatalog.MNIST);
    }

    private static DatasetsViewModel newModel(DatasetStore store) {
        return new DatasetsViewModel(store, DIRECT, DIRECT, new SimpleObjectProperty<Predictor>());
    }

    private void resetMnist() {
        mnist.selectSplit(DatasetSplit.TRAIN);
        mnist.grid().filter(null);
    }

    @Test
    void loadsAllSixtyThousandTrainingIndicesAndStartsAtTheFirstImage() {
        resetMnist();
        ImageGrid grid = mnist.grid();
        assertFalse(mnist.missingDataset().missingProperty().get());
        assertFalse(mnist.loadingProperty().get());
        assertTrue(mnist.browsingProperty().get());
        assertEquals(MNIST_TRAIN_SIZE, grid.indices().size());
        assertEquals(0, grid.selectedIndexProperty().get());
        assertEquals(FIRST_TRAIN_LABEL, grid.selectedLabelProperty().get());
        assertEquals(DatasetCatalog.MNIST, mnist.datasetIdProperty().get());
    }

    @Test
    void filteringByThreeLeavesOnlyThreesAsManyAsTheClassCount() {
        resetMnist();
        ImageGrid grid = mnist.grid();
        grid.filter(3);
        var images = grid.imagesProperty().get();
        assertTrue(grid.indices().stream().allMatch(i -> images.label(i) == 3));
        assertEquals(mnist.classCountsProperty().get()[3], grid.indices().size());
        assertEquals(3, grid.selectedLabelProperty().get());
        grid.filter(null);
        assertEquals(MNIST_TRAIN_SIZE, grid.indices().size());
    }

    @Test
    void jumpingToAnIndexSelectsItAndDropsAFilterThatHidesIt() {
        resetMnist();
        ImageGrid grid = mnist.grid();
        grid.filter(3);
        int notThree = 0; // a 5
        assertTrue(grid.jumpTo(notThree));
        assertNull(grid.labelFilterProperty().get());
        assertEquals(notThree, grid.selectedIndexProperty().get());
        assertTrue(grid.jumpTo(12_345));
        assertEquals(12_345, grid.positionOf(12_345));
        assertFalse(grid.jumpTo(MNIST_TRAIN_SIZE));
        assertTrue(grid.messageProperty().get().contains("0 to 59999"));
    }

    @Test
    void classCountsSumToTheSplitSize() {
        resetMnist();
        assertEquals(MNIST_TRAIN_SIZE, Arrays.stream(mnist.classCountsProperty().get()).sum());
        mnist.selectSplit(DatasetSplit.TEST);
        assertEquals(MNIST_TEST_SIZE, mnist.grid().indices().size());
        assertEquals(MNIST_TEST_SIZE, Arrays.stream(mnist.classCountsProperty().get()).sum());
        resetMnist();
    }

    @Test
    void selectedImageHasItsPixelsInZeroTo255() {
        resetMnist();
        ImageGrid grid = mnist.grid();
        grid.select(1);
        int[] pixels = grid.selectedPixelsProperty().get();
        assertEquals(DatasetCatalog.MNIST_SIDE * DatasetCatalog.MNIST_SIDE, pixels.length);
        assertTrue(Arrays.stream(pixels).allMatch(v -> v >= 0 && v <= 255));
        assertEquals(255, Arrays.stream(pixels).max().orElseThrow());
        assertArrayEquals(Pixels.unsigned(grid.imagesProperty().get().copyImage(1)), pixels);
    }

    @Test
    void missingDatasetSetsTheMissingStateWithItsFiles(@TempDir Path home) {
        DatasetsViewModel model = newModel(new DatasetStore(home, List.of()));
        MissingDataset missing = model.missingDataset();
        model.selectDataset(DatasetCatalog.MNIST);
        assertTrue(missing.missingProperty().get());
        assertTrue(missing.missingMessageProperty().get().contains("train-images-idx3-ubyte"));
        assertTrue(missing.canDownloadProperty().get());
        assertFalse(model.browsingProperty().get());
        assertTrue(model.grid().indices().isEmpty());
        assertEquals(-1, model.grid().selectedLabelProperty().get());
    }

    @Test
    void importFromAFolderWithoutTheFilesExplainsAndWritesNothing(@TempDir Path home, @TempDir Path folder)
            throws Exception {
        DatasetStore store = new DatasetStore(home, List.of());
        DatasetsViewModel model = newModel(store);
        MissingDataset missing = model.missingDataset();
        model.selectDataset(DatasetCatalog.MNIST);
        missing.importFrom(folder);
        assertTrue(missing.transferMessageProperty().get().startsWith("Import failed: wrong files:"),
                missing.transferMessageProperty().get());
        assertTrue(missing.missingProperty().get());
        assertFalse(missing.transferringProperty().get());
        Path cache = store.cacheDir(DatasetCatalog.MNIST);
        assertTrue(!Files.exists(cache) || Files.list(cache).findAny().isEmpty());
    }

    @Test
    void probabilitiesComeFromAModelOfTheDatasetsImageSize() {
        SimpleObjectProperty<Predictor> current = new SimpleObjectProperty<>();
        DatasetsViewModel model = new DatasetsViewModel(DatasetStore.defaultStore(), DIRECT, DIRECT, current);
        model.selectDataset(DatasetCatalog.MNIST);
        assertNull(model.probabilitiesProperty().get());
        current.set(new FakePredictor(DatasetCatalog.MNIST_SIDE));
        assertNotNull(model.probabilitiesProperty().get());
        assertEquals(FakePredictor.CLASSES, model.probabilitiesProperty().get().length);
        current.set(new FakePredictor(DatasetCatalog.UNCENTERED_SIDE));
        assertNull(model.probabilitiesProperty().get());
    }
}
