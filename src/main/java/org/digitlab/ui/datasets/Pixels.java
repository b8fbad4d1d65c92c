package org.digitlab.ui.datasets;

import org.digitlab.data.ImageSet;

/** Conversions of a dataset image's bytes (unsigned 0..255, row by row) for display and models. */
final class Pixels {

    private static final int UNSIGNED_MASK = 0xFF;

    private Pixels() {
    }

    /** 0..255 values, as notebooks 000 and 003 print them. */
    static int[] unsigned(byte[] image) {
        int[] values = new int[image.length];
        for (int i = 0; i < image.length; i++) {
            values[i] = image[i] & UNSIGNED_MASK;
        }
        return values;
    }

    /** 0..1 values, ink bright: what a model trained on the dataset takes. */
    static float[] scaled(byte[] image) {
        float[] values = new float[image.length];
        for (int i = 0; i < image.length; i++) {
            values[i] = (image[i] & UNSIGNED_MASK) / (float) ImageSet.MAX_PIXEL;
        }
        return values;
    }
}
