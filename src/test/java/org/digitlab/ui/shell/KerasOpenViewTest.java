package org.digitlab.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digitlab.model.dl4j.KerasFiles.layer;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.digitlab.Slow;
import org.digitlab.model.dl4j.KerasFiles;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.DigitLabApp;
import org.digitlab.ui.TestContexts;
import org.digitlab.ui.ViewLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A Keras file opened in the real window (what File → Open model and a drop on the window do)
 * becomes the current model, named in the status bar, and its layers fill the Architecture view,
 * ready to be trained more.
 */
@Slow
@ExtendWith(ApplicationExtension.class)
class KerasOpenViewTest {

    @TempDir Path dir;

    private final ExecutorService background = DigitLabApp.backgroundExecutor();
    private AppContext context;

    @Start
    void start(Stage stage) {
        context = TestContexts.real(background);
        ViewLoader.Loaded<MainView> loaded = new ViewLoader(context).loadWithController("shell", "MainView");
        TestContexts.show(stage, loaded.root(), 1280, 720);
    }

    @AfterEach
    void tearDown() {
        background.shutdownNow();
        TestContexts.forget(context);
    }

    @Test
    void openedKerasModelIsCurrentAndShowsItsLayers(FxRobot robot) throws Exception {
        ObjectNode spec = KerasFiles.spec(28, 28, 1);
        layer(spec, "Conv2D", "filters", 6, "kernel_size", 5, "activation", "relu");
        layer(spec, "AveragePooling2D", "pool_size", 2);
        layer(spec, "Flatten");
        layer(spec, "Dropout", "rate", 0.25);
        layer(spec, "Dense", "units", 10, "activation", "softmax");
        KerasFiles.write(dir, spec);

        robot.interact(() -> context.models().open(dir.resolve("model.keras")));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> context.models().getPredictor() != null
                && context.models().getPredictor().model().spec().id().equals("keras-model"));
        WaitForAsyncUtils.waitForFxEvents();

        Label status = robot.lookup("#modelStatus").queryAs(Label.class);
        assertThat(status.getText()).startsWith("keras-model (model)");
        Node architecture = robot.lookup(".architecture-view").query();
        TableView<?> table = (TableView<?>) architecture.lookup("#layerTable");
        assertThat(table.getItems()).hasSize(5);
        assertThat(((Label) architecture.lookup("#totalParams")).getText()).contains("8,806");
        robot.interact(() -> robot.lookup("#sections").queryAs(javafx.scene.control.TabPane.class)
                .getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        saveShot(robot, Path.of("target", "keras-open", "architecture-1280x720.png"));
    }

    /** The window as the class sees it, for a look by eye (not compared: no screenshot assertions). */
    private static void saveShot(FxRobot robot, Path file) throws java.io.IOException {
        java.util.concurrent.atomic.AtomicReference<javafx.scene.image.WritableImage> shot =
                new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> shot.set(robot.lookup("#sections").query().getScene().snapshot(null)));
        javafx.scene.image.WritableImage image = shot.get();
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage((int) image.getWidth(),
                (int) image.getHeight(), java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        java.nio.file.Files.createDirectories(file.getParent());
        javax.imageio.ImageIO.write(out, "png", file.toFile());
    }
}
