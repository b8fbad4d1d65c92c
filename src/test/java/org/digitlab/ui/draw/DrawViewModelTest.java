package org.digitlab.ui.draw;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Draw view's state without the FX toolkit: direct executors, no model. */
class DrawViewModelTest {

    @Test
    void openingAnImageReplacesTheDrawing() {
        DrawViewModel model = new DrawViewModel(Runnable::run, Runnable::run);
        model.beginStroke(10, 10);
        float[] image = new float[28 * 28];
        for (int y = 4; y < 24; y++) {
            image[y * 28 + 14] = 1f;
        }

        model.openImage(image);

        assertThat(model.strokes()).hasSize(20);
        assertThat(model.strokes()).allMatch(s -> s.xs().get(0) > 200 && s.xs().get(0) < 215);
    }
}
