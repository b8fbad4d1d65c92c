package org.digitlab.data;

import java.util.SplittableRandom;

/**
 * Derives "uncentered" datasets: each image pasted at a random offset into a larger blank canvas,
 * so that a dense network can no longer rely on digits sitting in the middle (lesson notebook 001).
 *
 * <p>Offsets come from {@link SplittableRandom}: reproducible for a seed, but not the offsets that
 * numpy's {@code seed(1)} gave in the notebook.
 */
public final class Uncentered {

    private Uncentered() {
    }

    /**
     * Pastes each image of {@code src} into a blank {@code size x size} image at a random offset
     * {@code 0 <= offset < size - src.rows} (like numpy's {@code randint(0, size - rows)}), chosen
     * independently for rows and columns. Labels are kept.
     */
    public static ImageSet embed(ImageSet src, int size, long seed) {
        if (size < src.rows() || size < src.cols()) {
            throw new IllegalArgumentException("canvas " + size + "x" + size + " is smaller than the images, "
                    + src.rows() + "x" + src.cols());
        }
        SplittableRandom random = new SplittableRandom(seed);
        int n = src.size();
        int canvas = size * size;
        byte[] pixels = new byte[n * canvas];
        for (int i = 0; i < n; i++) {
            int top = offset(random, size - src.rows());
            int left = offset(random, size - src.cols());
            int srcOffset = i * src.imageSize();
            for (int r = 0; r < src.rows(); r++) {
                System.arraycopy(src.pixels(), srcOffset + r * src.cols(),
                        pixels, i * canvas + (top + r) * size + left, src.cols());
            }
        }
        return new ImageSet(size, size, pixels, src.labels().clone());
    }

    /**
     * Embeds both halves; train and test use different seeds derived from {@code seed}, so test
     * offsets are not a replay of the first 10,000 training offsets.
     */
    public static TrainTest embed(TrainTest src, int size, long seed) {
        SplittableRandom seeds = new SplittableRandom(seed);
        long trainSeed = seeds.nextLong();
        long testSeed = seeds.nextLong();
        return new TrainTest(embed(src.train(), size, trainSeed), embed(src.test(), size, testSeed));
    }

    private static int offset(SplittableRandom random, int slack) {
        return slack == 0 ? 0 : random.nextInt(slack);
    }
}
