package org.digitlab.ui.datasets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.DigitLabApp;
import org.digitlab.ui.TestContexts;
import org.digitlab.ui.Themes;
import org.digitlab.ui.ViewLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** With nothing in the store, the browser offers download and import instead of a grid. */
@ExtendWith(ApplicationExtension.class)
class MissingDatasetViewTest {

    @TempDir
    static Path emptyHome;

    private ExecutorService background;
    private AppContext context;

    @Start
    void start(Stage stage) {
        background = DigitLabApp.backgroundExecutor();
        context = TestContexts.withStore(background, TestContexts.emptyStore(emptyHome));
        Scene scene = new Scene(new ViewLoader(context).load("datasets", "DatasetsView"),
                DatasetsViewTest.WIDTH, DatasetsViewTest.HEIGHT);
        Themes.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
        TestContexts.forget(context);
    }

    @Test
    void missingDatasetShowsTheDownloadAndImportPanel(FxRobot robot) throws TimeoutException {
        Node panel = robot.lookup("#missingPanel").query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, panel::isVisible);
        Button download = robot.lookup("#downloadButton").queryButton();
        Button importButton = robot.lookup("#importButton").queryButton();
        assertTrue(download.isVisible() && !download.isDisabled());
        assertTrue(importButton.isVisible() && !importButton.isDisabled());
        assertFalse(robot.lookup("#downloadProgress").query().isVisible(), "no progress before a download");
        String message = robot.lookup("#missingMessage").queryAs(Label.class).getText();
        assertTrue(message.contains("train-images-idx3-ubyte"), message);
        assertFalse(robot.lookup("#browser").query().isVisible(), "no grid without a dataset");
    }
}
