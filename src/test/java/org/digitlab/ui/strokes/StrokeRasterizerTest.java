package org.digitlab.ui.strokes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.digitlab.inference.GrayImage;
import org.junit.jupiter.api.Test;

/** The strokes as the model's preprocessing receives them: pen, eraser and the thinned small pen. */
class StrokeRasterizerTest {

    private static final double SIZE = 400;
    private static final int RESOLUTION = 200;

    @Test
    void anEraserStrokePaintsPaperOverTheInkBeforeIt() {
        Stroke ink = new Stroke(List.of(50.0, 350.0), List.of(200.0, 200.0), 26);
        Stroke eraser = new Stroke(List.of(200.0, 200.0), List.of(150.0, 250.0), 40, true);
        GrayImage image = StrokeRasterizer.render(List.of(ink, eraser), SIZE, RESOLUTION);

        assertThat(image.get(100, 100)).isEqualTo(GrayImage.WHITE); // where the eraser went
        assertThat(image.get(50, 100)).isZero();                     // the rest of the stroke
        assertThat(image.get(150, 100)).isZero();
    }

    @Test
    void inkAfterTheEraserIsInkAgain() {
        Stroke eraser = new Stroke(List.of(200.0, 200.0), List.of(150.0, 250.0), 40, true);
        Stroke ink = new Stroke(List.of(50.0, 350.0), List.of(200.0, 200.0), 26);
        GrayImage image = StrokeRasterizer.render(List.of(eraser, ink), SIZE, RESOLUTION);

        assertThat(image.get(100, 100)).isZero();
    }

    @Test
    void aDrawingOfUsualSizeKeepsItsPen() {
        GrayImage image = StrokeRasterizer.render(List.of(vertical(60, 340, 26)), SIZE, RESOLUTION);

        assertThat(inkAcross(image, 100)).isCloseTo(13, within(1)); // 26 units at half a pixel each
    }

    @Test
    void aSmallDrawingsPenIsThinnedToMnistsProportion() {
        GrayImage image = StrokeRasterizer.render(List.of(vertical(180, 230, 26)), SIZE, RESOLUTION);

        double pen = StrokeRasterizer.MAX_PEN_FRACTION * 50 / 2; // in pixels
        assertThat(inkAcross(image, 102)).isCloseTo((int) Math.round(pen), within(1));
    }

    @Test
    void theEraserIsNotThinned() {
        Stroke ink = vertical(180, 230, 26);
        Stroke eraser = new Stroke(List.of(190.0, 210.0), List.of(205.0, 205.0), 12, true);
        GrayImage image = StrokeRasterizer.render(List.of(ink, eraser), SIZE, RESOLUTION);

        assertThat(image.get(100, 100)).isEqualTo(GrayImage.WHITE);
        assertThat(image.get(100, 99)).isEqualTo(GrayImage.WHITE);  // 12 units wide: 3 pixels each side
        assertThat(image.get(100, 108)).isZero();
    }

    /** A "1" down the middle of the drawing from y0 to y1. */
    private static Stroke vertical(double y0, double y1, double width) {
        return new Stroke(List.of(200.0, 200.0), List.of(y0, y1), width);
    }

    private static int inkAcross(GrayImage image, int row) {
        int count = 0;
        for (int x = 0; x < image.width(); x++) {
            count += image.get(x, row) == 0f ? 1 : 0;
        }
        return count;
    }
}
