package org.digitlab.ui.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ChoiceBox;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.digitlab.Slow;
import org.digitlab.data.DatasetCatalog;
import org.digitlab.data.DatasetInfo;
import org.digitlab.data.DatasetSplit;
import org.digitlab.data.ImageSet;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.TestContexts;
import org.digitlab.ui.ViewLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Switching datasets while one loads never shows one dataset's pictures under another's name:
 * Fashion-MNIST (test) then the 56×56 set, whose load the test holds open, as a teacher saw it.
 */
@ExtendWith(ApplicationExtension.class)
@Slow
class DatasetSwitchRaceTest {

    private static final long WAIT_SECONDS = 60;

    private final GatedExecutor background = new GatedExecutor();
    private AppContext context;
    private DatasetsViewModel model;

    @Start
    void start(Stage stage) {
        context = TestContexts.real(background);
        ViewLoader.Loaded<DatasetsView> loaded = new ViewLoader(context).loadWithController("datasets", "DatasetsView");
        model = loaded.controller().model();
        TestContexts.show(stage, loaded.root(), DatasetsViewTest.WIDTH, DatasetsViewTest.HEIGHT);
    }

    @AfterEach
    void stop() {
        background.open();
        background.shutdownNow();
        TestContexts.forget(context);
    }

    @Test
    void thumbnailsAreTheShownDatasetsOwnPicturesAfterSwitchingWhileALoadRuns(FxRobot robot)
            throws TimeoutException {
        ChoiceBox<DatasetSplit> split = robot.lookup("#splitChoice").queryAs(ChoiceBox.class);
        robot.interact(() -> split.setValue(DatasetSplit.TEST));
        choose(robot, DatasetCatalog.FASHION_MNIST);
        awaitShown(robot, DatasetCatalog.FASHION_MNIST);

        background.close();
        choose(robot, DatasetCatalog.MNIST_UNCENTERED_56);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.loadingProperty().get(), "the 56×56 set is still loading");
        background.open();
        assertCellsShowTheirOwnDataset(robot, DatasetCatalog.MNIST_UNCENTERED_56);

        // Away and back: nothing wrong was kept for later either.
        choose(robot, DatasetCatalog.FASHION_MNIST);
        assertCellsShowTheirOwnDataset(robot, DatasetCatalog.FASHION_MNIST);
        choose(robot, DatasetCatalog.MNIST_UNCENTERED_56);
        assertCellsShowTheirOwnDataset(robot, DatasetCatalog.MNIST_UNCENTERED_56);
    }

    @Test
    void aLoadOvertakenByAnotherChoiceNeverShows(FxRobot robot) throws TimeoutException {
        awaitShown(robot, DatasetCatalog.MNIST);
        background.close();
        choose(robot, DatasetCatalog.MNIST_UNCENTERED_56);
        choose(robot, DatasetCatalog.FASHION_MNIST);
        WaitForAsyncUtils.waitForFxEvents();
        background.open();
        assertCellsShowTheirOwnDataset(robot, DatasetCatalog.FASHION_MNIST);
        assertEquals(DatasetCatalog.FASHION_MNIST, context.dataset().get());
    }

    private void choose(FxRobot robot, String id) {
        ChoiceBox<DatasetInfo> choice = robot.lookup("#datasetChoice").queryAs(ChoiceBox.class);
        robot.interact(() -> choice.setValue(DatasetCatalog.get(id)));
    }

    private void awaitShown(FxRobot robot, String id) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !model.loadingProperty().get()
                && model.grid().imagesProperty().get() != null && id.equals(model.datasetIdProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                () -> DatasetsViewTest.visibleCells(robot).size() >= 10);
    }

    /**
     * Every visible cell's picture and label are those of its index in the dataset now shown. The
     * grid may refresh its cells a layout pass after the model changes (seen on a loaded machine),
     * so the check waits for them to agree; a cell that keeps another dataset's label or picture
     * still fails, with the first disagreement as the message.
     */
    private void assertCellsShowTheirOwnDataset(FxRobot robot, String id) throws TimeoutException {
        awaitShown(robot, id);
        DatasetInfo info = DatasetCatalog.get(id);
        ImageSet set = model.grid().imagesProperty().get();
        assertEquals(info.rows(), set.rows(), "the images are the chosen dataset's");
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                    () -> firstDisagreement(robot, id, info, set) == null);
        } catch (TimeoutException e) {
            fail(firstDisagreement(robot, id, info, set));
        }
    }

    private static String firstDisagreement(FxRobot robot, String id, DatasetInfo info, ImageSet set) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> disagreementOnFx(robot, id, info, set)).get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new AssertionError("reading the cells failed", e);
        }
    }

    private static String disagreementOnFx(FxRobot robot, String id, DatasetInfo info, ImageSet set) {
        List<ThumbnailCell> cells = DatasetsViewTest.visibleCells(robot);
        for (ThumbnailCell cell : cells) {
            int index = cell.getItem();
            String label = info.classNames().get(set.label(index));
            if (!label.equals(cell.getText())) {
                return "label of image " + index + ": expected " + label + " but was " + cell.getText();
            }
            Image shown = ((ImageView) cell.getGraphic()).getImage();
            if (!samePixels(ThumbnailCache.render(set, index), shown)) {
                return id + " image " + index + " shows another dataset's picture";
            }
        }
        return null;
    }

    private static boolean samePixels(Image expected, Image actual) {
        if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
            return false;
        }
        for (int y = 0; y < (int) expected.getHeight(); y++) {
            for (int x = 0; x < (int) expected.getWidth(); x++) {
                if (expected.getPixelReader().getArgb(x, y) != actual.getPixelReader().getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
