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
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.digitlab.Slow;
import org.digitlab.data.DatasetStore;
import org.digitlab.data.collected.CollectedSet;
import org.digitlab.model.SampleModels;
import org.digitlab.training.FineTuning;
import org.digitlab.ui.ClassroomLayoutTest.Look;
import org.digitlab.ui.ClassroomLayoutTest.Size;
import org.digitlab.ui.collect.CollectView;
import org.digitlab.ui.collect.TeachWindow;
import org.digitlab.ui.draw.ClassHandwriting;
import org.digitlab.ui.shell.MainView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The collect loop's screens in every look at 1024×768 and 1280×720, as {@link ClassroomLayoutTest}
 * checks the others: Draw in collect mode, the Evaluation view on a drawn set, the Teach window
 * after a run. Screenshots in {@code target/collect-layout/} (the README's come from here).
 * {@code -Ddigitlab.test.teachDefaults=true} teaches with the app's defaults instead of a quick run.
 */
@ExtendWith(ApplicationExtension.class)
@Slow
class CollectLayoutTest {

    private static final Path SHOTS = Path.of("target", "collect-layout");
    private static final long TIMEOUT = 300;
    private static final List<Size> SIZES = List.of(new Size(1024, 768), new Size(1280, 720));
    private static final String SET = "drawn-class-7b";

    @TempDir
    static Path home;

    private final ExecutorService background = DigitLabApp.backgroundExecutor();
    private AppContext context;
    private MainView main;
    private Stage stage;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path cache = DatasetStore.defaultStore().home().resolve("datasets");
        DatasetStore store = new DatasetStore(home, List.of(cache));
        store.collected().save(ClassHandwriting.make("Class 7B", 8, 2026));
        context = TestContexts.withStore(background, store);
        ViewLoader.Loaded<MainView> loaded = new ViewLoader(context).loadWithController("shell", "MainView");
        main = loaded.controller();
        scene = TestContexts.show(stage, loaded.root(), 1280, 720);
        context.models().start(SampleModels.all(), DigitLabApp.PREFERRED_MODEL);
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        background.shutdownNow();
        TestContexts.forget(context);
    }

    @Test
    void theLoopsScreensReadAtEverySizeInEveryLook(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> context.models().getPredictor() != null);
        Files.createDirectories(SHOTS);
        CollectView collect = main.draw().collect();
        boolean defaults = Boolean.getBoolean("digitlab.test.teachDefaults");
        collect.setTeachSettings(defaults ? FineTuning.Settings.DEFAULT
                : new FineTuning.Settings(1, 600, 0.15, 1e-4, 64, 0.2, 42));
        robot.interact(() -> {
            main.draw().setCollecting(true);
            robot.lookup("#setField").queryAs(TextField.class).setText("Class 7B");
            collect.viewModel().setNameProperty().set("Class 7B");
            collect.viewModel().writerProperty().set("Lea");
            collect.viewModel().orderProperty().set(org.digitlab.ui.collect.CollectViewModel.Order.CHOSEN);
            collect.viewModel().chosenProperty().set(7);
            main.draw().viewModel().replaceDrawing(ClassHandwriting.drawing("Lea", 7, 3));
        });
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> SET.equals(collect.viewModel().setIdProperty().get())
                && main.draw().viewModel().predictionProperty().get() != null);
        List<String> problems = new ArrayList<>(inspectAll(robot, "draw-collect", 0));

        robot.interact(() -> main.evaluation().testOn(SET));
        robot.interact(() -> robot.lookup("#sections").queryAs(TabPane.class).getSelectionModel().select(4));
        robot.interact(() -> main.evaluation().viewModel().evaluate());
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS,
                () -> main.evaluation().viewModel().evaluatedProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(main.evaluation().viewModel().evaluatedProperty().get().result().examples()).isEqualTo(240);
        problems.addAll(inspectAll(robot, "evaluation-drawn", 4));

        robot.interact(() -> robot.lookup("#sections").queryAs(TabPane.class).getSelectionModel().select(0));
        robot.clickOn("#teachButton");
        TeachWindow teach = collect.teachWindow();
        robot.interact(() -> teach.view().start());
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS,
                () -> teach.view().viewModel().reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        for (Look look : Look.values()) {
            setLook(robot, look);
            problems.addAll(inspect(robot, teach.stage().getScene(), "teach", look, "760x620"));
        }
        Files.write(SHOTS.resolve("problems.txt"), problems);
        problems.forEach(System.out::println);
        assertThat(problems).as("%d layout problems (all in %s)", problems.size(), SHOTS.resolve("problems.txt"))
                .isEmpty();
    }

    private List<String> inspectAll(FxRobot robot, String name, int section) {
        List<String> problems = new ArrayList<>();
        for (Size size : SIZES) {
            robot.interact(() -> {
                stage.setX(0);
                stage.setY(0);
                stage.setWidth(size.width());
                stage.setHeight(size.height());
                robot.lookup("#sections").queryAs(TabPane.class).getSelectionModel().select(section);
            });
            for (Look look : Look.values()) {
                setLook(robot, look);
                problems.addAll(inspect(robot, scene, name, look, size.toString()));
            }
        }
        return problems;
    }

    private static void setLook(FxRobot robot, Look look) {
        robot.interact(() -> {
            robot.lookup("#darkToggle").queryAs(ToggleButton.class).setSelected(look.dark);
            robot.lookup("#projectorToggle").queryAs(ToggleButton.class).setSelected(look.projector);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> inspect(FxRobot robot, Scene shown, String view, Look look, String size) {
        AtomicReference<List<String>> found = new AtomicReference<>();
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> {
            shown.getRoot().applyCss();
            shown.getRoot().layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            shown.getRoot().applyCss();
            shown.getRoot().layout();
            found.set(LayoutInspector.inspect(shown, look.minFontSize, look.projector && size.startsWith("1024")));
            shot.set(shown.snapshot(null));
        });
        String name = view + "-" + look.name().toLowerCase() + "-" + size;
        Snapshots.save(shot.get(), SHOTS.resolve(name + ".png"));
        return found.get().stream().map(p -> name + " · " + p).toList();
    }
}
