package org.digitlab.inference;

/**
 * A canvas turned into ink intensity 0..1 whatever its colours: the background is what the border
 * mostly is (a light one means dark strokes, and the other way round), ink is the distance from
 * it. A light grey paper or a dark slate both work.
 */
final class InkMap {

    private InkMap() {
    }

    static float[] of(GrayImage canvas) {
        float background = borderMedian(canvas);
        boolean lightBackground = background >= GrayImage.WHITE / 2;
        float range = lightBackground ? background : GrayImage.WHITE - background;
        float scale = 1f / Math.max(range, 1f);
        float[] values = canvas.values();
        float[] ink = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            float distance = lightBackground ? background - values[i] : values[i] - background;
            ink[i] = Math.min(1f, Math.max(0f, distance * scale));
        }
        return ink;
    }

    /** Median grey level of the outermost ring of pixels (a histogram: values are 0..255). */
    static float borderMedian(GrayImage canvas) {
        int[] histogram = new int[(int) GrayImage.WHITE + 1];
        int w = canvas.width();
        int h = canvas.height();
        int count = 0;
        for (int x = 0; x < w; x++) {
            histogram[level(canvas.get(x, 0))]++;
            histogram[level(canvas.get(x, h - 1))]++;
            count += 2;
        }
        for (int y = 1; y < h - 1; y++) {
            histogram[level(canvas.get(0, y))]++;
            histogram[level(canvas.get(w - 1, y))]++;
            count += 2;
        }
        int seen = 0;
        for (int level = 0; level < histogram.length; level++) {
            seen += histogram[level];
            if (2 * seen >= count) {
                return level;
            }
        }
        return GrayImage.WHITE;
    }

    private static int level(float value) {
        return Math.min((int) GrayImage.WHITE, Math.max(0, Math.round(value)));
    }
}
