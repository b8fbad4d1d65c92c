package org.digitlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.TilePane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.digitlab.Slow;
import org.digitlab.model.SampleModels;
import org.digitlab.ui.draw.ChallengeFixtures;
import org.digitlab.ui.shell.MainView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The challenge's gallery as a class sees it: real fools kept through the Draw view, the gallery's
 * window in every look at the projector's sizes, checked by {@link LayoutInspector}; the shots land
 * in {@code target/classroom-layout/} (the README's is {@code fools-projector-1280x720.png}).
 */
@ExtendWith(ApplicationExtension.class)
@Slow
class ChallengeGalleryLayoutTest {

    private static final Path SHOTS = Path.of("target", "classroom-layout");
    private static final long TIMEOUT = 120;
    private static final int FOOLS = 4;

    private final ExecutorService background = DigitLabApp.backgroundExecutor();
    private AppContext context;
    private MainView main;

    @Start
    void start(Stage stage) {
        context = TestContexts.real(background);
        ViewLoader.Loaded<MainView> loaded = new ViewLoader(context).loadWithController("shell", "MainView");
        main = loaded.controller();
        TestContexts.show(stage, loaded.root(), 1280, 720);
        context.models().start(SampleModels.all(), DigitLabApp.PREFERRED_MODEL);
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        background.shutdownNow();
        TestContexts.forget(context);
    }

    @Test
    void theGalleryReadsFromTheBackOfTheRoom(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> context.models().getPredictor() != null);
        int kept = ChallengeFixtures.keepFools(robot, main.draw(), context.models().getPredictor(), FOOLS);
        assertThat(kept).as("fools found among the fixture's drawings").isPositive();
        robot.clickOn("#galleryButton");
        WaitForAsyncUtils.waitForFxEvents();
        Stage gallery = galleryStage(robot);
        assertThat(robot.lookup("#foolTiles").queryAs(TilePane.class).getChildren()).hasSize(kept);

        Files.createDirectories(SHOTS);
        List<String> problems = new ArrayList<>();
        for (boolean projector : List.of(false, true)) {
            for (int[] size : List.of(new int[] {1280, 720}, new int[] {1024, 768})) {
                problems.addAll(inspect(robot, gallery, projector, size[0], size[1]));
            }
        }
        problems.forEach(System.out::println);
        assertThat(problems).isEmpty();
    }

    private List<String> inspect(FxRobot robot, Stage gallery, boolean projector, int width, int height) {
        robot.interact(() -> {
            robot.lookup("#projectorToggle").queryAs(ToggleButton.class).setSelected(projector);
            gallery.setX(0);
            gallery.setY(0);
            gallery.setWidth(width);
            gallery.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<List<String>> found = new AtomicReference<>();
        Scene scene = gallery.getScene();
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            found.set(LayoutInspector.inspect(scene, projector ? 18 : 11, false));
            Snapshots.save(scene.snapshot(null),
                    SHOTS.resolve("fools-" + (projector ? "projector" : "normal") + "-" + width + "x" + height
                            + ".png"));
        });
        return found.get().stream().map(p -> (projector ? "projector" : "normal") + " · " + width + "x" + height
                + " · " + p).toList();
    }

    private static Stage galleryStage(FxRobot robot) {
        return (Stage) Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().lookup("#foolTiles") != null)
                .findFirst().orElseThrow();
    }
}
