package org.digitlab.inference;

/**
 * A saliency map as a picture a student reads at once: the model's input in light grey (ink
 * darker), pixels that pushed the class up in vermillion and those that pushed it down in blue
 * (Okabe–Ito, readable by the colour-blind), stronger where the push was stronger. Plain ARGB
 * pixels, so the Draw view and the command line's PNG files show the same colours.
 */
public final class SaliencyPictures {

    /** Pushes the class up. */
    public static final int UP = 0xD55E00;
    /** Pushes the class down. */
    public static final int DOWN = 0x0072B2;
    /** Values below this share of the map's largest are left out: noise, not evidence. */
    static final float FLOOR = 0.08f;

    private SaliencyPictures() {
    }

    /**
     * The map over its input, each input pixel {@code scale × scale} picture pixels.
     *
     * @param image the model's input the map explains (values 0..1, ink bright)
     * @return {@code (size·scale)²} ARGB pixels, row by row
     */
    public static int[] render(SaliencyMap map, float[] image, int scale) {
        int size = map.size();
        int side = size * scale;
        int[] argb = new int[side * side];
        float max = map.maxAbs();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int i = y * size + x;
                int grey = Math.round(235 - 150 * Math.max(0f, Math.min(1f, image[i])));
                int pixel = blend(grey, map.values()[i], max);
                for (int dy = 0; dy < scale; dy++) {
                    java.util.Arrays.fill(argb, (y * scale + dy) * side + x * scale,
                            (y * scale + dy) * side + (x + 1) * scale, pixel);
                }
            }
        }
        return argb;
    }

    /**
     * The map alone, for laying over a drawing: transparent where it says nothing, the colour's
     * opacity following the strength.
     */
    public static int[] overlay(SaliencyMap map) {
        int[] argb = new int[map.values().length];
        float max = map.maxAbs();
        for (int i = 0; i < argb.length; i++) {
            float share = max == 0 ? 0 : map.values()[i] / max;
            float strength = Math.abs(share);
            if (strength >= FLOOR) {
                int alpha = Math.round(60 + 170 * strength);
                argb[i] = alpha << 24 | (share > 0 ? UP : DOWN);
            }
        }
        return argb;
    }

    private static int blend(int grey, float value, float max) {
        float share = max == 0 ? 0 : value / max;
        float strength = Math.abs(share) < FLOOR ? 0 : (float) Math.sqrt(Math.abs(share));
        int colour = share > 0 ? UP : DOWN;
        int r = mix(grey, colour >> 16 & 0xFF, strength);
        int g = mix(grey, colour >> 8 & 0xFF, strength);
        int b = mix(grey, colour & 0xFF, strength);
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    private static int mix(int from, int to, float t) {
        return Math.round(from + (to - from) * t);
    }
}
