package org.digitlab.inference;

/** Bounding box, ink count and crop of an ink map. */
final class InkBoxes {

    private InkBoxes() {
    }

    /** The smallest rectangle holding every pixel above the ink threshold, or null if none. */
    static PreprocessedDigit.InkBox find(float[] ink, int width, int height) {
        int minX = width;
        int minY = height;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                if (ink[row + x] > CanvasPreprocessor.INK_THRESHOLD) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return maxX < 0 ? null
                : new PreprocessedDigit.InkBox(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    static int countInk(float[] ink, int width, PreprocessedDigit.InkBox box) {
        int count = 0;
        for (int y = box.y(); y < box.y() + box.height(); y++) {
            for (int x = box.x(); x < box.x() + box.width(); x++) {
                if (ink[y * width + x] > CanvasPreprocessor.INK_THRESHOLD) {
                    count++;
                }
            }
        }
        return count;
    }

    static float[] crop(float[] ink, int width, PreprocessedDigit.InkBox box) {
        float[] out = new float[box.width() * box.height()];
        for (int y = 0; y < box.height(); y++) {
            System.arraycopy(ink, (box.y() + y) * width + box.x(), out, y * box.width(), box.width());
        }
        return out;
    }
}
