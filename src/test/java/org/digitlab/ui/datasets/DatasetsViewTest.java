package org.digitlab.ui.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.digitlab.Slow;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.DigitLabApp;
import org.digitlab.ui.TestContexts;
import org.digitlab.ui.ViewLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The browser over the real MNIST cache, headless. */
@ExtendWith(ApplicationExtension.class)
@Slow
class DatasetsViewTest {

    static final int WIDTH = 1200;
    static final int HEIGHT = 800;
    private static final long WAIT_SECONDS = 20;

    private ExecutorService background;
    private AppContext context;
    private DatasetsViewModel model;

    @Start
    void start(Stage stage) {
        background = DigitLabApp.backgroundExecutor();
        context = TestContexts.real(background);
        ViewLoader.Loaded<DatasetsView> loaded = new ViewLoader(context).loadWithController("datasets", "DatasetsView");
        model = loaded.controller().model();
        TestContexts.show(stage, loaded.root(), WIDTH, HEIGHT);
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
        TestContexts.forget(context);
    }

    @Test
    void gridShowsMnistThumbnailsWithLabelsStartingAtTheFirstTrainingImage(FxRobot robot) throws TimeoutException {
        List<ThumbnailCell> cells = awaitCells(robot);
        assertTrue(cells.size() >= 10, "at least notebook 003's first ten images are visible");
        ThumbnailCell first = cells.stream().filter(c -> c.getItem() == 0).findFirst().orElseThrow();
        assertEquals("5", first.getText());
        assertTrue(cells.stream().allMatch(c -> c.getGraphic() != null));
        assertEquals("mnist", context.dataset().get());
    }

    @Test
    void filteringBySevenLeavesOnlySevens(FxRobot robot) throws TimeoutException {
        awaitCells(robot);
        ChoiceBox<Integer> filter = robot.lookup("#labelFilter").queryAs(ChoiceBox.class);
        robot.interact(() -> filter.setValue(7));
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                () -> !visibleCells(robot).isEmpty() && visibleCells(robot).stream().allMatch(c -> "7".equals(c.getText())));
        assertTrue(visibleCells(robot).size() >= 10);
        assertEquals(Integer.valueOf(7), model.grid().labelFilterProperty().get());
    }

    @Test
    void clickingAThumbnailFillsThePixelGridAndTheLabel(FxRobot robot) throws TimeoutException {
        awaitCells(robot);
        // Let the layout settle (the loading pane leaves the layout when loading ends), then look
        // the cell up afresh so the robot clicks where it is now.
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        ThumbnailCell second = visibleCells(robot).stream().filter(c -> c.getItem() == 1).findFirst().orElseThrow();
        robot.clickOn(second);
        ImageGrid shown = model.grid();
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> shown.selectedIndexProperty().get() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        String label = shown.imagesProperty().get().label(1) + "";
        assertEquals("label " + label, robot.lookup("#detailLabel").queryAs(Label.class).getText());
        int[] pixels = shown.selectedPixelsProperty().get();
        assertEquals(28 * 28, pixels.length);
        assertTrue(java.util.Arrays.stream(pixels).anyMatch(v -> v > 0));
        Canvas grid = robot.lookup("#pixelGrid").queryAs(Canvas.class);
        assertTrue(grid.getWidth() > 0 && grid.getHeight() > 0, "the pixel grid is drawn");
        assertFalse(robot.lookup("#missingPanel").query().isVisible());
    }

    private static List<ThumbnailCell> awaitCells(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> visibleCells(robot).size() >= 10);
        return visibleCells(robot);
    }

    static List<ThumbnailCell> visibleCells(FxRobot robot) {
        return robot.lookup("#thumbnailGrid").lookup("." + ThumbnailCell.STYLE_CLASS).queryAllAs(ThumbnailCell.class)
                .stream().filter(c -> !c.isEmpty() && c.getItem() != null && c.isVisible()).toList();
    }
}
