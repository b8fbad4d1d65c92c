package org.digitlab.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class UncenteredTest {

    private static final int SIDE = 28;
    private static final int CANVAS = 56;
    private static final int IMAGES = 50;

    /** Random-ish 28x28 "digits" with ink in the corners too, so any clipping would change the sum. */
    private final ImageSet source = digits(IMAGES);

    @Test
    void imagesAreEmbeddedIn56x56WithTheirInkAndLabelsIntact() {
        ImageSet embedded = Uncentered.embed(source, CANVAS, 1);

        assertThat(embedded.rows()).isEqualTo(CANVAS);
        assertThat(embedded.cols()).isEqualTo(CANVAS);
        assertThat(embedded.size()).isEqualTo(IMAGES);
        assertThat(embedded.labels()).isEqualTo(source.labels());
        for (int i = 0; i < IMAGES; i++) {
            assertThat(sum(embedded, i)).as("ink of image %d", i).isEqualTo(sum(source, i));
        }
    }

    @Test
    void offsetsAreDeterministicPerSeedAndVary() {
        ImageSet first = Uncentered.embed(source, CANVAS, 1);

        assertThat(Uncentered.embed(source, CANVAS, 1).pixels()).isEqualTo(first.pixels());
        assertThat(Uncentered.embed(source, CANVAS, 2).pixels()).isNotEqualTo(first.pixels());
        Set<Integer> topLeftCorners = new HashSet<>();
        for (int i = 0; i < IMAGES; i++) {
            topLeftCorners.add(firstInk(first, i));
        }
        assertThat(topLeftCorners).hasSizeGreaterThan(IMAGES / 2);
    }

    @Test
    void trainAndTestGetDifferentOffsets() {
        TrainTest embedded = Uncentered.embed(new TrainTest(source, source), CANVAS, 1);

        assertThat(embedded.train().pixels()).isNotEqualTo(embedded.test().pixels());
        assertThat(Uncentered.embed(new TrainTest(source, source), CANVAS, 1).test().pixels())
                .isEqualTo(embedded.test().pixels());
    }

    private static ImageSet digits(int n) {
        byte[] pixels = new byte[n * SIDE * SIDE];
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (byte) ((i * 31 + 7) % 256);
        }
        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            labels[i] = (byte) (i % 10);
        }
        return new ImageSet(SIDE, SIDE, pixels, labels);
    }

    private static long sum(ImageSet set, int i) {
        long sum = 0;
        for (byte b : set.copyImage(i)) {
            sum += b & 0xFF;
        }
        return sum;
    }

    /** Index of the first non-zero pixel: the pasted image's top-left corner (source pixel 0 is 7). */
    private static int firstInk(ImageSet set, int i) {
        byte[] image = set.copyImage(i);
        for (int p = 0; p < image.length; p++) {
            if (image[p] != 0) {
                return p;
            }
        }
        return -1;
    }
}
