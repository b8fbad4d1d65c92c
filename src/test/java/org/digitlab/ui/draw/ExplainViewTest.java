package org.digitlab.ui.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.TilePane;
import javafx.stage.Stage;
import org.digitlab.Slow;
import org.digitlab.inference.SaliencyKind;
import org.digitlab.model.SampleModels;
import org.digitlab.ui.AppContext;
import org.digitlab.ui.strokes.Stroke;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The "Why?" card through the real Draw view, headless, with the sample CNN: a drawn 7 gets a
 * map, 8 nearest training images and no "not a digit"; another class can be explained; a
 * scribble is answered "I don't think that is a digit".
 */
@ExtendWith(ApplicationExtension.class)
@Slow
class ExplainViewTest {

    /** The index is read from the cache, or built once (about a minute on a busy machine). */
    private static final long TIMEOUT = 240;

    private RealDrawView drawView;
    private AppContext context;
    private DrawView view;

    @Start
    void start(Stage stage) {
        drawView = RealDrawView.show(stage, 1100, 700, SampleModels.DRAWING_DEFAULT); // the model "not a digit" is measured on
        context = drawView.context();
        view = drawView.view();
    }

    @AfterEach
    void tearDown() {
        drawView.close();
    }

    @Test
    void aSevenIsExplainedAndAScribbleIsNotADigit(FxRobot robot) throws Exception {
        ExplainViewModel explain = view.explain().viewModel();
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> explain.checkerProperty().get() != null);
        robot.interact(() -> view.viewModel().replaceDrawing(List.of(
                stroke(100, 80, 300, 80), stroke(300, 80, 170, 340))));
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> explain.explanationProperty().get() != null
                && view.viewModel().predictionProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Explanation seven = explain.explanationProperty().get();
        assertThat(seven.check().prediction().digit()).isEqualTo(7);
        assertThat(seven.check().notADigit()).isFalse();
        assertThat(robot.lookup("#nearestStrip").queryAs(TilePane.class).getChildren()).hasSize(8);
        assertThat(seven.check().nearest().stream().filter(n -> n.label() == 7).count()).isGreaterThan(4);

        ComboBox<Integer> target = robot.lookup("#targetPicker").queryAs(ComboBox.class);
        robot.interact(() -> {
            target.getSelectionModel().select(Integer.valueOf(1));
            explain.kindProperty().set(SaliencyKind.OCCLUSION);
        });
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> explain.explanationProperty().get() != null
                && explain.explanationProperty().get().map().target() == 1
                && explain.explanationProperty().get().map().kind() == SaliencyKind.OCCLUSION);

        List<Stroke> scribble = new ArrayList<>();
        double[][] points = {{40, 40}, {360, 70}, {50, 150}, {350, 200}, {60, 330}, {340, 360}, {200, 30},
            {190, 380}, {30, 260}, {380, 120}};
        for (int i = 1; i < points.length; i++) {
            scribble.add(stroke(points[i - 1][0], points[i - 1][1], points[i][0], points[i][1]));
        }
        robot.interact(() -> view.viewModel().replaceDrawing(scribble));
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS,
                () -> "I don't think that is a digit".equals(view.viewModel().messageProperty().get()));
        assertThat(view.viewModel().predictionProperty().get()).isNull();
        WaitForAsyncUtils.waitFor(TIMEOUT, TimeUnit.SECONDS, () -> explain.explanationProperty().get() != null
                && explain.explanationProperty().get().check().notADigit());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#digitVerdict").queryAs(Label.class).getText()).startsWith("Not a digit");
    }

    private static Stroke stroke(double x0, double y0, double x1, double y1) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i <= 20; i++) {
            xs.add(x0 + (x1 - x0) * i / 20);
            ys.add(y0 + (y1 - y0) * i / 20);
        }
        return new Stroke(xs, ys, DrawViewModel.DEFAULT_BRUSH);
    }
}
