package org.digitlab.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.digitlab.ui.strokes.Stroke;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The brush is a share of the canvas: the same drawing on a small and a big canvas looks alike. */
@ExtendWith(ApplicationExtension.class)
class DrawingCanvasTest {

    private static final double DRAWING = 400;
    private final DrawingCanvas small = new DrawingCanvas();
    private final DrawingCanvas big = new DrawingCanvas();

    @Start
    void start(Stage stage) {
        var strokes = FXCollections.observableArrayList(
                List.of(new Stroke(List.of(200.0, 200.0), List.of(60.0, 340.0), 26)));
        for (DrawingCanvas canvas : List.of(small, big)) {
            canvas.setDrawingSize(DRAWING);
            canvas.strokesProperty().set(strokes);
        }
        small.setPrefSize(300, 300);
        big.setPrefSize(600, 600);
        stage.setScene(new Scene(new HBox(small, big), 900, 600));
        stage.show();
    }

    @Test
    void theBrushIsTheSameShareOfASmallAndABigCanvas() throws Exception {
        double smallPen = inkAcrossTheMiddle(small);
        double bigPen = inkAcrossTheMiddle(big);

        assertThat(smallPen / 300).isCloseTo(26 / DRAWING, within(0.01));
        assertThat(bigPen / 600).isCloseTo(26 / DRAWING, within(0.01));
    }

    private static double inkAcrossTheMiddle(DrawingCanvas canvas) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage shot = WaitForAsyncUtils.asyncFx(() -> canvas.snapshot(null, null)).get(30, TimeUnit.SECONDS);
        int row = (int) (shot.getHeight() / 2);
        int ink = 0;
        for (int x = 0; x < shot.getWidth(); x++) {
            ink += shot.getPixelReader().getColor(x, row).getBrightness() < 0.5 ? 1 : 0;
        }
        return ink;
    }
}
