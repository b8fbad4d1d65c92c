package org.digitlab.ui.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.layout.TilePane;
import javafx.stage.Stage;
import org.digitlab.Slow;
import org.digitlab.inference.Prediction;
import org.digitlab.lesson.FoolGallery;
import org.digitlab.ui.AppContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Break the model" through the real Draw view, headless: draw, say what it was, keep, show, export. */
@ExtendWith(ApplicationExtension.class)
@Slow
class ChallengeViewTest {

    private static final long TIMEOUT = 60;

    private RealDrawView drawView;
    private AppContext context;
    private DrawView view;

    @Start
    void start(Stage stage) {
        drawView = RealDrawView.show(stage, 1100, 700, "mlp-512-256");
        context = drawView.context();
        view = drawView.view();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages(); // the gallery's window too

        drawView.close();
    }

    @Test
    void aDrawingTheModelMisreadsIsKeptShownAndExported(FxRobot robot, @TempDir Path folder) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> context.models().getPredictor() != null);
        Button keep = robot.lookup("#keepButton").queryAs(Button.class);
        assertThat(keep.isDisabled()).as("nothing drawn").isTrue();

        RobotStrokes.drawOne(robot);
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS,
                () -> view.viewModel().predictionProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Prediction answer = view.viewModel().predictionProperty().get();
        int drawn = (answer.digit() + 1) % 10;
        ComboBox<Integer> picker = robot.lookup("#intendedPicker").queryAs(ComboBox.class);
        robot.interact(() -> picker.getSelectionModel().select(Integer.valueOf(answer.digit())));
        assertThat(keep.isDisabled()).as("the model read it right").isTrue();
        robot.interact(() -> picker.getSelectionModel().select(Integer.valueOf(drawn)));
        assertThat(keep.isDisabled()).isFalse();

        robot.clickOn("#keepButton");
        assertThat(robot.lookup("#galleryButton").queryAs(Button.class).getText()).isEqualTo("Fools (1)");
        robot.clickOn("#galleryButton");
        WaitForAsyncUtils.waitForFxEvents();

        TilePane tiles = robot.lookup("#foolTiles").queryAs(TilePane.class);
        assertThat(tiles.getChildren()).hasSize(1);
        Label caption = robot.lookup(".fool-caption").queryAs(Label.class);
        assertThat(caption.getText()).isEqualTo(String.format(java.util.Locale.ROOT,
                "drew %d · model said %d (%.0f%%)", drawn, answer.digit(), 100 * answer.confidence()));
        assertThat(view.viewModel().challenge().fools().get(0).model()).isEqualTo("mlp-512-256");

        robot.interact(() -> view.viewModel().challenge().export(folder));
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS,
                () -> !view.viewModel().challenge().exportingProperty().get());
        assertThat(Files.readAllLines(folder.resolve(FoolGallery.CSV))).hasSize(2)
                .element(1).asString().startsWith("fool-01-drew-" + drawn + "-read-" + answer.digit() + ".png,");
        assertThat(robot.lookup("#foolsStatus").queryAs(Label.class).getText()).startsWith("Exported 1 fool");
    }

    @Test
    void aFoolOpensInDrawWithThePreprocessingShown(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> context.models().getPredictor() != null);
        RobotStrokes.drawOne(robot);
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS,
                () -> view.viewModel().predictionProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        int answer = view.viewModel().predictionProperty().get().digit();
        robot.interact(() -> {
            view.viewModel().challenge().intendedProperty().set((answer + 3) % 10);
            view.viewModel().challenge().keep();
            view.viewModel().clear();
        });
        TabPane tabs = robot.lookup("#insideTabs").queryAs(TabPane.class);
        robot.clickOn("#galleryButton");
        robot.clickOn(".fool-caption");
        robot.clickOn("#openButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(tabs.getSelectionModel().getSelectedIndex()).as("the Preprocessing tab").isEqualTo(1);
        assertThat(view.viewModel().strokes()).isNotEmpty();
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS,
                () -> view.viewModel().predictionProperty().get() != null);
        // The canvas's vertical bar comes back where it was drawn: ink in the middle column, paper at the sides.
        var raster = DrawViewModel.raster(view.viewModel().strokes());
        int side = raster.width();
        assertThat(raster.get(side / 2, side / 2)).isLessThan(128f);
        assertThat(raster.get(side / 5, side / 2)).isEqualTo(255f);
    }
}
