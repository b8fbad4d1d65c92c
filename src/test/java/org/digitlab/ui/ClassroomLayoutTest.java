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
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.digitlab.Slow;
import org.digitlab.model.EpochMetrics;
import org.digitlab.model.SampleModels;
import org.digitlab.ui.controls.ConfusionMatrix;
import org.digitlab.ui.shell.MainView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window as a classroom sees it: every view × look × projector size, each checked by
 * {@link LayoutInspector} (nothing cut short, cut off, overlapping, too small or too faint) and
 * photographed into {@code target/classroom-layout/} for a person to look at. One stage serves all
 * cases; looks switch through the status bar's toggles, as a teacher switches them.
 */
@ExtendWith(ApplicationExtension.class)
@Slow
class ClassroomLayoutTest {

    private static final Path SHOTS = Path.of("target", "classroom-layout");
    private static final long TIMEOUT = 120;

    /** A look and the smallest text it may show (projector: readable from the back of a classroom). */
    enum Look {
        NORMAL(false, false, 11), PROJECTOR(false, true, 18), DARK(true, false, 11), DARK_PROJECTOR(true, true, 18);

        final boolean dark;
        final boolean projector;
        final double minFontSize;

        Look(boolean dark, boolean projector, double minFontSize) {
            this.dark = dark;
            this.projector = projector;
            this.minFontSize = minFontSize;
        }
    }

    record Size(int width, int height) {
        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    /** A view: the section tab and, for Draw, the side tab; with the Lessons panel beside it or not. */
    record View(String name, int section, int sideTab, boolean lesson) {
        View(String name, int section, int sideTab) {
            this(name, section, sideTab, false);
        }
    }

    private static final List<Size> SIZES = List.of(new Size(1024, 768), new Size(1280, 720), new Size(1920, 1080));
    private static final List<View> VIEWS = List.of(new View("draw", 0, 0), new View("draw-preprocessing", 0, 1),
            new View("draw-inside", 0, 2), new View("draw-probes", 0, 3), new View("datasets", 1, -1),
            new View("architecture", 2, -1), new View("training", 3, -1), new View("evaluation-empty", 4, -1),
            new View("evaluation", 4, -1), new View("lesson-draw", 0, 1, true),
            new View("lesson-architecture", 2, -1, true), new View("lesson-training", 3, -1, true));

    private final ExecutorService background = DigitLabApp.backgroundExecutor();
    private AppContext context;
    private MainView main;
    private Stage stage;
    private Scene scene;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        context = TestContexts.real(background);
        ViewLoader.Loaded<MainView> loaded = new ViewLoader(context).loadWithController("shell", "MainView");
        main = loaded.controller();
        scene = TestContexts.show(stage, loaded.root(), 1280, 720);
        context.models().start(SampleModels.all(), DigitLabApp.PREFERRED_MODEL);
    }

    @AfterEach
    void tearDown() {
        background.shutdownNow();
        TestContexts.forget(context);
    }

    @Test
    void everyViewReadsAtEverySizeInEveryLook(FxRobot robot) throws Exception {
        fillViews(robot);
        Files.createDirectories(SHOTS);
        List<String> problems = new ArrayList<>();
        for (Size size : SIZES) {
            // At the screen's corner: a window reaching past the headless screen's edge overflows its frame buffer.
            robot.interact(() -> {
                stage.setX(0);
                stage.setY(0);
                stage.setWidth(size.width());
                stage.setHeight(size.height());
            });
            for (Look look : Look.values()) {
                robot.interact(() -> {
                    toggle(robot, "#darkToggle").setSelected(look.dark);
                    toggle(robot, "#projectorToggle").setSelected(look.projector);
                });
                for (View view : VIEWS) {
                    problems.addAll(inspect(robot, view, look, size));
                }
            }
        }
        Files.write(SHOTS.resolve("problems.txt"), problems);
        problems.forEach(System.out::println);
        assertThat(problems).as("%d layout problems (all in %s)", problems.size(), SHOTS.resolve("problems.txt"))
                .isEmpty();
    }

    private List<String> inspect(FxRobot robot, View view, Look look, Size size) {
        robot.interact(() -> {
            toggle(robot, "#lessonsToggle").setSelected(view.lesson());
            TabPane sections = robot.lookup("#sections").queryAs(TabPane.class);
            sections.getSelectionModel().select(view.section());
            if (view.sideTab() >= 0) {
                robot.lookup("#insideTabs").queryAs(TabPane.class).getSelectionModel().select(view.sideTab());
            }
            // Before and after the first evaluation: the empty matrix has a layout of its own.
            robot.lookup("#confusionMatrix").queryAs(ConfusionMatrix.class).countsProperty()
                    .set(view.name().equals("evaluation-empty") ? null : confusion());
        });
        WaitForAsyncUtils.waitForFxEvents();
        // The Lessons panel folds or unfolds before a pulse's layout, from the look's sizes: one more round.
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<List<String>> found = new AtomicReference<>();
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            found.set(LayoutInspector.inspect(scene, look.minFontSize, look.projector && size.width() < 1280));
            // At every size the lesson stays in sight: beside the views, or floating over them.
            if (view.lesson() && !robot.lookup(".lessons-view").query().isVisible()) {
                found.set(concat(found.get(), "the lesson panel is folded away"));
            }
            shot.set(scene.snapshot(null));
        });
        String name = view.name() + "-" + look.name().toLowerCase() + "-" + size;
        Snapshots.save(shot.get(), SHOTS.resolve(name + ".png"));
        assertThat(scene.getWidth()).as("window width of %s", name).isEqualTo(size.width());
        return found.get().stream().map(p -> view.name() + " · " + look.name().toLowerCase() + " · " + size + " · " + p)
                .toList();
    }

    private static List<String> concat(List<String> problems, String more) {
        List<String> all = new ArrayList<>(problems);
        all.add(more);
        return all;
    }

    private static ToggleButton toggle(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ToggleButton.class);
    }

    /**
     * What a lesson puts on screen: a model and a drawing, MNIST loaded in the browser and five
     * epochs in the Training view (the confusion matrix, with four-digit counts, is set per view).
     */
    private void fillViews(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> context.models().predictorProperty().get() != null);
        robot.interact(() -> main.draw().openImage(seven()));
        robot.interact(() -> robot.lookup("#sections").queryAs(TabPane.class).getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS,
                () -> !robot.lookup("#loadingPane").query().isVisible());
        robot.interact(() -> {
            List<EpochMetrics> epochs = new ArrayList<>();
            for (int e = 1; e <= 5; e++) {
                epochs.add(new EpochMetrics(e, 0.5 / e, 0.9 + e * 0.015, 0.45 / e, 0.91 + e * 0.014, 21.4,
                        2_345));
            }
            main.trainingView().viewModel().curves().epochs().addAll(epochs);
            // Lesson 002's second step: a long text, a check not yet passed; the first one passed.
            main.openLesson(org.digitlab.lesson.BuiltInLessons.get("002"));
            main.lessons().viewModel().steps().get(0).passedProperty().set(true);
            main.lessons().viewModel().next();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A 28 × 28 seven: a bar along the top and a diagonal down to the bottom. */
    private static float[] seven() {
        float[] image = new float[28 * 28];
        for (int x = 6; x < 22; x++) {
            image[6 * 28 + x] = 1;
            image[7 * 28 + x] = 1;
        }
        for (int y = 8; y < 23; y++) {
            int x = 21 - (y - 8) / 2;
            image[y * 28 + x] = 1;
            image[y * 28 + x - 1] = 1;
        }
        return image;
    }

    /** MNIST's test set as a good model sees it: 1,135 ones, a few hundred mistakes. */
    private static int[][] confusion() {
        int[] totals = {980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009};
        int[][] counts = new int[10][10];
        for (int r = 0; r < 10; r++) {
            counts[r][(r + 3) % 10] = 4 + r;
            counts[r][(r + 7) % 10] = 1 + r % 3;
            counts[r][r] = totals[r] - counts[r][(r + 3) % 10] - counts[r][(r + 7) % 10];
        }
        return counts;
    }
}
