package org.digitlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DrawAugmenterTest {

    private static final int SIDE = 28;
    private static final int DRAWS = 300;

    /** A "1" as MNIST centres it: a stem three pixels wide, 20 high, full ink. */
    private static byte[] one() {
        byte[] image = new byte[SIDE * SIDE];
        for (int y = 4; y < 24; y++) {
            for (int x = 13; x < 16; x++) {
                image[y * SIDE + x] = (byte) 255;
            }
        }
        return image;
    }

    /** A "0": a ring two pixels thick. */
    private static byte[] zero() {
        byte[] image = new byte[SIDE * SIDE];
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                double r = Math.hypot((x + 0.5 - 14) / 6.0, (y + 0.5 - 14) / 9.0);
                if (r > 0.8 && r < 1.05) {
                    image[y * SIDE + x] = (byte) 255;
                }
            }
        }
        return image;
    }

    private static double ink(byte[] image) {
        double sum = 0;
        for (byte b : image) {
            sum += (b & 0xFF) / 255.0;
        }
        return sum;
    }

    @Test
    void theSameSeedRedrawsTheSameWayAndAnotherSeedOtherwise() {
        DrawAugmenter a = DrawAugmenter.forDigits(SIDE, SIDE, 3);
        DrawAugmenter b = DrawAugmenter.forDigits(SIDE, SIDE, 3);
        DrawAugmenter c = DrawAugmenter.forDigits(SIDE, SIDE, 4);
        byte[] outA = new byte[SIDE * SIDE];
        byte[] outB = new byte[SIDE * SIDE];
        byte[] outC = new byte[SIDE * SIDE];
        int differ = 0;
        for (int n = 0; n < 20; n++) {
            a.redraw(zero(), 0, 0, outA);
            b.redraw(zero(), 0, 0, outB);
            c.redraw(zero(), 0, 0, outC);
            assertThat(outB).isEqualTo(outA);
            differ += java.util.Arrays.equals(outA, outC) ? 0 : 1;
        }
        assertThat(differ).isEqualTo(20);
    }

    @Test
    void redrawnDigitsKeepTheirInkInsideTheField() {
        DrawAugmenter augmenter = DrawAugmenter.forDigits(SIDE, SIDE, 1);
        byte[] source = zero();
        byte[] out = new byte[SIDE * SIDE];
        double before = ink(source);
        for (int n = 0; n < DRAWS; n++) {
            augmenter.redraw(source, 0, 0, out);
            assertThat(ink(out)).as("draw %d", n).isBetween(0.3 * before, 3 * before);
            int strongest = 0;
            for (byte v : out) {
                strongest = Math.max(strongest, v & 0xFF);
            }
            assertThat(strongest).as("a stroke keeps full ink somewhere").isGreaterThan(200);
        }
    }

    @Test
    void theImageIsReadFromItsOffsetInTheSharedArray() {
        byte[] two = new byte[2 * SIDE * SIDE];
        System.arraycopy(zero(), 0, two, SIDE * SIDE, SIDE * SIDE);
        byte[] fromOffset = new byte[SIDE * SIDE];
        byte[] alone = new byte[SIDE * SIDE];
        DrawAugmenter.forDigits(SIDE, SIDE, 9).redraw(two, SIDE * SIDE, 0, fromOffset);
        DrawAugmenter.forDigits(SIDE, SIDE, 9).redraw(zero(), 0, 0, alone);
        assertThat(fromOffset).isEqualTo(alone);
    }

    @Test
    void onesGainALeadInStrokeOnDigitSetsOnly() {
        DrawAugmenter digits = DrawAugmenter.forDigits(SIDE, SIDE, 5);
        DrawAugmenter images = DrawAugmenter.forImages(SIDE, SIDE, 5);
        byte[] out = new byte[SIDE * SIDE];
        double inkDigits = 0;
        double inkImages = 0;
        for (int n = 0; n < DRAWS; n++) {
            digits.redraw(one(), 0, 1, out);
            inkDigits += ink(out);
            images.redraw(one(), 0, 1, out);
            inkImages += ink(out);
        }
        // Four in five 1s get a stroke of 5-9 pixels at the stem's width: about a quarter more ink.
        assertThat(inkDigits / inkImages).isBetween(1.1, 1.5);
    }

    @Test
    void digitsOtherThanOneAndSevenGetNoDigitStrokes() {
        DrawAugmenter digits = DrawAugmenter.forDigits(SIDE, SIDE, 8);
        DrawAugmenter images = DrawAugmenter.forImages(SIDE, SIDE, 8);
        byte[] a = new byte[SIDE * SIDE];
        byte[] b = new byte[SIDE * SIDE];
        for (int n = 0; n < 50; n++) {
            digits.redraw(zero(), 0, 0, a);
            images.redraw(zero(), 0, 0, b);
            assertThat(a).isEqualTo(b);
        }
    }

    @Test
    void pickIsAFairCoin() {
        DrawAugmenter augmenter = DrawAugmenter.forDigits(SIDE, SIDE, 2);
        int heads = 0;
        for (int n = 0; n < 1000; n++) {
            heads += augmenter.pick() ? 1 : 0;
        }
        assertThat(heads).isBetween(440, 560);
    }

    @Test
    void tinyImagesAreRefused() {
        assertThatThrownBy(() -> DrawAugmenter.forDigits(4, 4, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4x4");
    }
}
