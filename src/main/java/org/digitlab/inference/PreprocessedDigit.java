package org.digitlab.inference;

/**
 * The outcome of preprocessing one canvas: either the model's input or why there is none, plus
 * the intermediate stages for the preprocessing inspector.
 *
 * @param image {@code size × size} values 0..1, ink bright; {@code null} when there is no digit
 * @param size side of the image
 * @param noDigit why there is no digit, or {@code null} when there is one
 * @param ink the canvas as ink intensity 0..1 (polarity undone), canvas-sized
 * @param box the ink's bounding box on the canvas, or {@code null} when blank
 * @param fitted the cropped ink scaled so its longer side is 20 pixels (or {@code null})
 * @param fittedWidth columns of {@code fitted}
 * @param fittedHeight rows of {@code fitted}
 */
public record PreprocessedDigit(float[] image, int size, NoDigitReason noDigit, float[] ink,
        InkBox box, float[] fitted, int fittedWidth, int fittedHeight) {

    public boolean hasDigit() {
        return noDigit == null;
    }

    /**
     * A rectangle of the canvas, in pixels.
     *
     * @param x left column
     * @param y top row
     * @param width columns
     * @param height rows
     */
    public record InkBox(int x, int y, int width, int height) {

        public int longerSide() {
            return Math.max(width, height);
        }
    }
}
