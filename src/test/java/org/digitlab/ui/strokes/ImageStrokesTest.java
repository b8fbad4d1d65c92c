package org.digitlab.ui.strokes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ImageStrokesTest {

    @Test
    void eachRunOfInkInARowBecomesOneStrokeAcrossItsPixels() {
        float[] image = new float[4 * 4];
        image[1 * 4 + 1] = 1f;
        image[1 * 4 + 2] = 0.8f;
        image[3 * 4 + 0] = 0.5f;
        image[3 * 4 + 3] = 0.2f; // faint: MNIST's anti-aliased edge, not ink

        List<Stroke> strokes = ImageStrokes.of(image, 400);

        assertThat(strokes).hasSize(2);
        Stroke first = strokes.get(0);
        assertThat(first.xs()).containsExactly(150.0, 250.0);
        assertThat(first.ys()).containsExactly(150.0, 150.0);
        assertThat(first.width()).isCloseTo(100 * ImageStrokes.OVERLAP, within(1e-9));
        assertThat(strokes.get(1).xs()).containsExactly(50.0, 50.0);
    }

    @Test
    void aBlankImageGivesNoStrokesAndANonSquareOneIsRefused() {
        assertThat(ImageStrokes.of(new float[28 * 28], 400)).isEmpty();
        assertThatThrownBy(() -> ImageStrokes.of(new float[10], 400)).hasMessageContaining("not a square");
    }
}
