package org.digitlab.ui.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.digitlab.ImageSimilarity.correlation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.digitlab.Slow;
import org.digitlab.data.DatasetSplit;
import org.digitlab.model.SampleModels;
import org.digitlab.training.EvaluationResult;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.DigitLabApp;
import org.digitlab.ui.TestContexts;
import org.digitlab.ui.Themes;
import org.digitlab.ui.ViewLoader;
import org.digitlab.ui.draw.DrawViewModel;
import org.digitlab.ui.shell.MainView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window with the sample MLP, evaluated on the real MNIST test set, headless: the
 * matrix, a cell's gallery, "Open in Draw", the run report and projector mode.
 */
@ExtendWith(ApplicationExtension.class)
@Slow
class EvaluationViewTest {

    private static final long TIMEOUT = 180;
    /** The sample model's split (notebook 001's) validates on the other half of MNIST's 10,000 test images. */
    private static final int HELD_OUT_TEST_IMAGES = 5_000;

    private final ExecutorService background = DigitLabApp.backgroundExecutor();
    private AppContext context;
    private EvaluationViewModel model;
    private Gallery gallery;
    private DrawViewModel draw;
    private MainView shell;

    @Start
    void start(Stage stage) {
        context = TestContexts.real(background);
        ViewLoader.Loaded<MainView> loaded = new ViewLoader(context).loadWithController("shell", "MainView");
        shell = loaded.controller();
        TestContexts.show(stage, loaded.root(), 1200, 780);
        context.models().start(SampleModels.all(), "mlp-512-256");
    }

    @AfterEach
    void tearDown() {
        background.shutdownNow();
        TestContexts.forget(context);
    }

    @Test
    void confusionMatrixSumsToTheTestSetAndItsDiagonalIsTheAccuracy(FxRobot robot) throws Exception {
        EvaluationResult result = evaluate(robot);

        int sum = 0;
        int diagonal = 0;
        for (int r = 0; r < result.confusion().length; r++) {
            for (int c = 0; c < result.confusion()[r].length; c++) {
                sum += result.confusion()[r][c];
                diagonal += r == c ? result.confusion()[r][c] : 0;
                assertThat(robot.lookup("#cell-" + r + "-" + c).queryAs(Label.class).getText())
                        .isEqualTo(String.valueOf(result.confusion()[r][c]));
            }
        }
        assertThat(sum).isEqualTo(HELD_OUT_TEST_IMAGES).isEqualTo(result.examples());
        // What the Images choice shows is what was tested: the test split, first in the list.
        assertThat(robot.lookup("#splitChoice").queryAs(ChoiceBox.class).getValue()).hasToString("test");
        assertThat(model.splitProperty().get()).isEqualTo(DatasetSplit.TEST);
        assertThat((double) diagonal / sum).isCloseTo(result.accuracy(), within(1e-12));
        assertThat(result.accuracy()).isGreaterThan(0.97);
        assertThat(robot.lookup("#accuracyLabel").queryAs(Label.class).getText())
                .isEqualTo(String.format(java.util.Locale.ROOT, "%.2f%%", 100 * result.accuracy()));
    }

    @Test
    void clickingACellShowsExactlyThatCellsImages(FxRobot robot) throws Exception {
        EvaluationResult result = evaluate(robot);
        int[] cell = biggestMistake(result.confusion());

        robot.clickOn("#cell-" + cell[0] + "-" + cell[1]);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(gallery.items()).hasSize(result.confusion()[cell[0]][cell[1]]);
        assertThat(gallery.items()).allMatch(item -> item.actual() == cell[0] && item.predicted() == cell[1]);
        assertThat(gallery.items()).isSortedAccordingTo((a, b) -> Double.compare(b.confidence(), a.confidence()));

        robot.clickOn("#cell-3-3");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(gallery.items()).hasSize(result.confusion()[3][3]);
    }

    @Test
    void mistakesAreSortedByTheConfidenceOfTheWrongAnswer(FxRobot robot) throws Exception {
        EvaluationResult result = evaluate(robot);
        robot.clickOn("#mistakesButton");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(gallery.items()).hasSize(result.examples() - (int) Math.round(result.accuracy() * result.examples()));
        assertThat(gallery.items()).noneMatch(GalleryItem::correct);
        assertThat(gallery.items()).isSortedAccordingTo((a, b) -> Double.compare(b.confidence(), a.confidence()));
    }

    @Test
    void openInDrawMovesTheImageToTheCanvas(FxRobot robot) throws Exception {
        evaluate(robot);
        robot.clickOn("#cell-7-7");
        WaitForAsyncUtils.waitForFxEvents();
        GalleryItem item = gallery.selectedItemProperty().get();
        float[] image = gallery.image(item);

        robot.clickOn("#openInDrawButton");
        WaitForAsyncUtils.waitForFxEvents();

        TabPane sections = robot.lookup("#sections").queryAs(TabPane.class);
        assertThat(sections.getSelectionModel().getSelectedItem().getId()).isEqualTo("drawTab");
        assertThat(draw.strokes()).isNotEmpty();
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> draw.predictionProperty().get() != null);
        assertThat(draw.predictionProperty().get().digit()).isEqualTo(7);
        assertThat(correlation(draw.modelInputProperty().get(), image)).isGreaterThan(0.6);
    }

    @Test
    void reportExportWritesEveryFileItPromisesAndOneCsvRowPerExample(FxRobot robot, @TempDir Path dir)
            throws Exception {
        EvaluationResult result = evaluate(robot);
        EvaluationView view = shell.evaluation();
        Path report = dir.resolve("report");

        AtomicReference<CompletableFuture<List<Path>>> future = new AtomicReference<>();
        robot.interact(() -> future.set(view.exportReportTo(report)));
        List<Path> files = future.get().get(TIMEOUT, TimeUnit.SECONDS);

        assertThat(files).extracting(p -> p.getFileName().toString()).contains(RunReport.SPEC, RunReport.SUMMARY,
                RunReport.HISTORY, RunReport.CONFUSION, RunReport.PER_CLASS, RunReport.PREDICTIONS, RunReport.MODEL,
                EvaluationView.MATRIX_CHART + ".png", EvaluationView.CLASS_CHART + ".png",
                EvaluationView.HISTORY_CHART + ".png");
        for (Path file : files) {
            assertThat(file).isRegularFile();
            assertThat(Files.size(file)).isPositive();
        }
        assertThat(Files.readAllLines(report.resolve(RunReport.PREDICTIONS))).hasSize(result.examples() + 1);
    }

    @Test
    void projectorModeEnlargesTheRootFontAndIsRemembered(FxRobot robot) throws Exception {
        Label status = robot.lookup("#modelStatus").queryAs(Label.class);
        double before = status.getFont().getSize();

        robot.clickOn("#projectorToggle");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(status.getFont().getSize()).isGreaterThan(before * 1.4);
        assertThat(Themes.hasLook(status.getScene(), Themes.PROJECTOR)).isTrue();
        assertThat(Themes.remembered(context.preferences(), Themes.PROJECTOR)).isTrue();
        assertThat(robot.lookup("#exportMenu").query().isVisible()).isFalse();

        robot.clickOn("#projectorToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(status.getFont().getSize()).isCloseTo(before, within(0.01));
    }

    private EvaluationResult evaluate(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> context.models().getPredictor() != null);
        model = shell.evaluation().viewModel();
        gallery = model.gallery();
        draw = shell.draw().viewModel();
        robot.clickOn("Evaluation");
        robot.clickOn("#evaluateButton");
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> model.evaluatedProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return model.evaluatedProperty().get().result();
    }

    private static int[] biggestMistake(int[][] confusion) {
        int[] best = {0, 1};
        for (int r = 0; r < confusion.length; r++) {
            for (int c = 0; c < confusion.length; c++) {
                if (r != c && confusion[r][c] > confusion[best[0]][best[1]]) {
                    best = new int[] {r, c};
                }
            }
        }
        return best;
    }
}
