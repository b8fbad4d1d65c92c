package org.digitlab.inference;

/**
 * Turns any canvas into a model's input the way MNIST itself was made (LeCun et al.): find the
 * ink, crop to its bounding box, scale the longer side to 20 pixels keeping the aspect ratio with
 * area averaging, and place it in the {@code size × size} field so that its centre of mass is at
 * the centre; values 0..1, ink bright, the strongest ink at 1 as in MNIST (whose digits were
 * scanned as black and white, so every stroke has full-ink pixels). A blank canvas or a lone dot
 * gives no digit.
 */
public final class CanvasPreprocessor {

    /** MNIST's digits fit a 20×20 box inside the 28×28 field. */
    public static final int DIGIT_BOX = 20;
    /** Ink above this intensity counts for the bounding box; fainter is anti-aliasing or noise. */
    static final float INK_THRESHOLD = 0.3f;
    /** A drawing whose ink spans fewer pixels than this is blank (noise, a stray click). */
    static final int MIN_EXTENT = 3;
    /**
     * A digit is long compared to its stroke width: its longer side is at least this many times
     * its mean thickness (ink pixels over the longer side). A dot or blob is about 1.3; a "1" is
     * far above; a "0" five strokes wide is about 1.6.
     */
    static final double MIN_ELONGATION = 1.5;

    private final int size;
    private final PreprocessOptions options;

    /** @param size the model's image side: 28, or 56 for the uncentered lesson */
    public CanvasPreprocessor(int size) {
        this(size, PreprocessOptions.MNIST);
    }

    public CanvasPreprocessor(int size, PreprocessOptions options) {
        if (size < DIGIT_BOX) {
            throw new IllegalArgumentException("images of " + size + "×" + size
                    + " cannot hold MNIST's 20-pixel digits");
        }
        this.size = size;
        this.options = options;
    }

    public int size() {
        return size;
    }

    public PreprocessedDigit process(GrayImage canvas) {
        float[] ink = InkMap.of(canvas);
        PreprocessedDigit.InkBox box = InkBoxes.find(ink, canvas.width(), canvas.height());
        if (box == null || box.longerSide() < MIN_EXTENT) {
            return noDigit(NoDigitReason.BLANK, ink, box);
        }
        int inkPixels = InkBoxes.countInk(ink, canvas.width(), box);
        double thickness = (double) inkPixels / box.longerSide();
        if (box.longerSide() < MIN_ELONGATION * thickness) {
            return noDigit(NoDigitReason.TOO_SMALL, ink, box);
        }
        if (!options.scaleToBox()) {
            float[] whole = fullInk(AreaResampler.resize(ink, canvas.width(), canvas.height(), size, size));
            return new PreprocessedDigit(whole, size, null, ink, box, null, 0, 0);
        }
        float[] crop = InkBoxes.crop(ink, canvas.width(), box);
        double factor = (double) DIGIT_BOX / box.longerSide();
        int fw = Math.max(1, (int) Math.round(box.width() * factor));
        int fh = Math.max(1, (int) Math.round(box.height() * factor));
        float[] fitted = fullInk(AreaResampler.resize(crop, box.width(), box.height(), fw, fh));
        float[] image = place(fitted, fw, fh);
        return new PreprocessedDigit(image, size, null, ink, box, fitted, fw, fh);
    }

    private PreprocessedDigit noDigit(NoDigitReason reason, float[] ink, PreprocessedDigit.InkBox box) {
        return new PreprocessedDigit(null, size, reason, ink, box, null, 0, 0);
    }

    /**
     * Stretches the values so the strongest ink is 1. A thin pen on a big canvas, or a light grey
     * one, averages down to faint strokes that no MNIST digit has; models trained on MNIST read
     * faint digits badly (a dotted or hairline "7" becomes an "8").
     */
    static float[] fullInk(float[] values) {
        float max = 0f;
        for (float v : values) {
            max = Math.max(max, v);
        }
        if (max > 0f && max < 1f) {
            for (int i = 0; i < values.length; i++) {
                values[i] = Math.min(1f, values[i] / max);
            }
        }
        return values;
    }

    /**
     * Where each input pixel of a preprocessed digit came from on the canvas: input pixel
     * {@code (x, y)} covers the canvas rectangle from {@code (originX + x·cellWidth,
     * originY + y·cellHeight)}, {@code cellWidth × cellHeight} canvas pixels. Lays a saliency map
     * over the drawing. {@code null} when there is no digit.
     */
    public CanvasProjection projection(PreprocessedDigit digit, int canvasWidth, int canvasHeight) {
        if (!digit.hasDigit()) {
            return null;
        }
        if (digit.fitted() == null) { // the whole canvas resized to the field
            return new CanvasProjection(0, 0, (double) canvasWidth / size, (double) canvasHeight / size);
        }
        PreprocessedDigit.InkBox box = digit.box();
        int[] offset = offset(digit.fitted(), digit.fittedWidth(), digit.fittedHeight());
        double cellWidth = (double) box.width() / digit.fittedWidth();
        double cellHeight = (double) box.height() / digit.fittedHeight();
        return new CanvasProjection(box.x() - offset[0] * cellWidth, box.y() - offset[1] * cellHeight,
                cellWidth, cellHeight);
    }

    /** Where the fitted digit's top-left corner goes in the field. */
    private int[] offset(float[] fitted, int fw, int fh) {
        double centre = size / 2.0 - 0.5; // pixel i spans [i, i+1): the field's centre is at 13.5
        int offsetX;
        int offsetY;
        if (options.centreOfMass()) {
            double[] com = centreOfMass(fitted, fw, fh);
            offsetX = (int) Math.round(centre - com[0]);
            offsetY = (int) Math.round(centre - com[1]);
        } else {
            offsetX = (size - fw) / 2;
            offsetY = (size - fh) / 2;
        }
        // A lopsided digit (a "7") could be pushed past the edge: keep all of its ink instead.
        return new int[] {Math.max(0, Math.min(size - fw, offsetX)), Math.max(0, Math.min(size - fh, offsetY))};
    }

    /** Puts the fitted digit in the field, its centre of mass (or box centre) at the centre. */
    private float[] place(float[] fitted, int fw, int fh) {
        int[] offset = offset(fitted, fw, fh);
        int offsetX = offset[0];
        int offsetY = offset[1];
        float[] image = new float[size * size];
        for (int y = 0; y < fh; y++) {
            System.arraycopy(fitted, y * fw, image, (y + offsetY) * size + offsetX, fw);
        }
        return image;
    }

    static double[] centreOfMass(float[] values, int width, int height) {
        double sum = 0;
        double sx = 0;
        double sy = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                float v = values[y * width + x];
                sum += v;
                sx += v * x;
                sy += v * y;
            }
        }
        return sum == 0 ? new double[] {(width - 1) / 2.0, (height - 1) / 2.0}
                : new double[] {sx / sum, sy / sum};
    }
}
