package org.digitlab.ui.inside;

import org.digitlab.inference.GrayImage;
import org.digitlab.inference.Prediction;
import org.digitlab.inference.PreprocessedDigit;

/**
 * The preprocessing of one drawing, stage by stage, and the model's answer for it.
 *
 * @param canvas the drawing as rendered (black ink on white)
 * @param digit the preprocessor's stages and result
 * @param prediction the model's answer, or null when there is no digit
 */
public record Stages(GrayImage canvas, PreprocessedDigit digit, Prediction prediction) {

    /** The ink inside its bounding box, or null when blank. */
    public float[] crop() {
        PreprocessedDigit.InkBox box = digit.box();
        if (box == null) {
            return null;
        }
        float[] crop = new float[box.width() * box.height()];
        for (int y = 0; y < box.height(); y++) {
            System.arraycopy(digit.ink(), (box.y() + y) * canvas.width() + box.x(), crop, y * box.width(),
                    box.width());
        }
        return crop;
    }

    /**
     * The fitted digit placed with its box centred, before the centre-of-mass shift (size × size),
     * or null without a fitted digit.
     */
    public float[] boxCentred() {
        if (digit.fitted() == null) {
            return null;
        }
        int size = digit.size();
        int fw = digit.fittedWidth();
        int fh = digit.fittedHeight();
        float[] image = new float[size * size];
        int offsetX = (size - fw) / 2;
        int offsetY = (size - fh) / 2;
        for (int y = 0; y < fh; y++) {
            System.arraycopy(digit.fitted(), y * fw, image, (y + offsetY) * size + offsetX, fw);
        }
        return image;
    }
}
