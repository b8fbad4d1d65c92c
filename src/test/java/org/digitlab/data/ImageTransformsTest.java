package org.digitlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.digitlab.RealMnist;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sweep's distortions on real MNIST test digits, each checked against a figure computed here
 * (centre of mass, ink, a rotation by index arithmetic), not against the code under test.
 */
class ImageTransformsTest {

    private static final int SIDE = 28;

    private static byte[] digit(int i) {
        return RealMnist.trainTest().test().copyImage(i);
    }

    /** Centre of mass {row, column} of the ink, computed independently of the transforms. */
    private static double[] centreOfMass(byte[] image) {
        double sum = 0;
        double rows = 0;
        double cols = 0;
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                int v = image[r * SIDE + c] & 0xFF;
                sum += v;
                rows += v * r;
                cols += v * c;
            }
        }
        return new double[] {rows / sum, cols / sum};
    }

    private static long ink(byte[] image) {
        long sum = 0;
        for (byte b : image) {
            sum += b & 0xFF;
        }
        return sum;
    }

    /** A shift that keeps the ink inside the frame moves its centre of mass by exactly (dx, dy). */
    @ParameterizedTest
    @CsvSource({"1, 0", "0, 1", "-3, 0", "0, -4", "2, -2", "3, 3"})
    void shiftByKMovesTheCentreOfMassByK(int dx, int dy) {
        int checked = 0;
        for (int i = 0; i < 100; i++) {
            byte[] image = digit(i);
            if (!staysInside(image, dx, dy)) {
                continue; // MNIST places the 20×20 box by the centre of mass: some digits touch the margin
            }
            byte[] shifted = ImageTransforms.shift(image, SIDE, SIDE, dx, dy);
            double[] before = centreOfMass(image);
            double[] after = centreOfMass(shifted);
            assertThat(after[0] - before[0]).isCloseTo(dy, within(1e-9));
            assertThat(after[1] - before[1]).isCloseTo(dx, within(1e-9));
            assertThat(ink(shifted)).isEqualTo(ink(image));
            checked++;
        }
        assertThat(checked).as("digits whose ink stays inside the frame").isGreaterThanOrEqualTo(20);
    }

    /** Whether every inked pixel, moved by (dx, dy), is still inside the frame. */
    private static boolean staysInside(byte[] image, int dx, int dy) {
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                if (image[r * SIDE + c] != 0 && (r + dy < 0 || r + dy >= SIDE || c + dx < 0 || c + dx >= SIDE)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void shiftBeyondTheFrameLeavesAnEmptyImage() {
        assertThat(ink(ImageTransforms.shift(digit(0), SIDE, SIDE, SIDE, 0))).isZero();
    }

    @Test
    void rotationByZeroAndScalingByOneAreTheIdentity() {
        for (int i = 0; i < 20; i++) {
            byte[] image = digit(i);
            assertThat(ImageTransforms.rotate(image, SIDE, SIDE, 0)).isEqualTo(image);
            assertThat(ImageTransforms.scale(image, SIDE, SIDE, 1)).isEqualTo(image);
            assertThat(ImageTransforms.thicken(image, SIDE, SIDE, 0)).isEqualTo(image);
            assertThat(ImageTransforms.noise(image, SIDE, SIDE, 0, 1)).isEqualTo(image);
        }
    }

    /** A quarter turn clockwise takes pixel (r, c) to (c, 27 − r): index arithmetic, no trigonometry. */
    @Test
    void aQuarterTurnMovesEveryPixelWhereIndexArithmeticSays() {
        byte[] image = digit(7);
        byte[] expected = new byte[image.length];
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                expected[c * SIDE + (SIDE - 1 - r)] = image[r * SIDE + c];
            }
        }
        assertThat(ImageTransforms.rotate(image, SIDE, SIDE, 90)).isEqualTo(expected);
        byte[] fourTurns = image;
        for (int k = 0; k < 4; k++) {
            fourTurns = ImageTransforms.rotate(fourTurns, SIDE, SIDE, 90);
        }
        assertThat(fourTurns).isEqualTo(image);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-45, -15, 30, 45})
    void rotationKeepsTheInkAndItsCentre(double degrees) {
        byte[] image = digit(3);
        byte[] turned = ImageTransforms.rotate(image, SIDE, SIDE, degrees);
        assertThat((double) ink(turned)).isCloseTo(ink(image), within(0.1 * ink(image)));
        double[] before = centreOfMass(image);
        double[] after = centreOfMass(turned);
        // MNIST centres the mass to within a pixel of the frame's centre, about which the turn goes.
        assertThat(Math.hypot(after[0] - before[0], after[1] - before[1])).isLessThan(1.5);
    }

    /** A 4×4 block in the middle scaled by 2 covers about 8×8: four times the ink. */
    @Test
    void scalingByTwoQuadruplesTheInkOfACentredBlock() {
        byte[] block = new byte[SIDE * SIDE];
        for (int r = 12; r < 16; r++) {
            for (int c = 12; c < 16; c++) {
                block[r * SIDE + c] = (byte) 255;
            }
        }
        byte[] twice = ImageTransforms.scale(block, SIDE, SIDE, 2);
        assertThat((double) ink(twice) / ink(block)).isCloseTo(4, within(0.6));
        byte[] half = ImageTransforms.scale(block, SIDE, SIDE, 0.5);
        assertThat((double) ink(half) / ink(block)).isCloseTo(0.25, within(0.15));
    }

    @Test
    void thickeningAddsInkAndThinningTakesItAway() {
        for (int i = 0; i < 20; i++) {
            byte[] image = digit(i);
            long ink = ink(image);
            assertThat(ink(ImageTransforms.thicken(image, SIDE, SIDE, 1))).isGreaterThan(ink);
            assertThat(ink(ImageTransforms.thicken(image, SIDE, SIDE, 2)))
                    .isGreaterThan(ink(ImageTransforms.thicken(image, SIDE, SIDE, 1)));
            assertThat(ink(ImageTransforms.thin(image, SIDE, SIDE, 1))).isLessThan(ink);
        }
    }

    /** One dilation of a single dot gives the 3×3 cross: the dot and its four neighbours. */
    @Test
    void aDotThickensIntoACrossAndACrossThinsBackToADot() {
        byte[] dot = new byte[SIDE * SIDE];
        dot[10 * SIDE + 10] = (byte) 200;
        byte[] cross = ImageTransforms.thicken(dot, SIDE, SIDE, 1);
        assertThat(ink(cross)).isEqualTo(5 * 200);
        for (int[] p : new int[][] {{10, 10}, {9, 10}, {11, 10}, {10, 9}, {10, 11}}) {
            assertThat(cross[p[0] * SIDE + p[1]] & 0xFF).isEqualTo(200);
        }
        assertThat(ImageTransforms.thin(cross, SIDE, SIDE, 1)).isEqualTo(dot);
    }

    @Test
    void noiseHasTheAskedSpreadAndTheSameSeedGivesTheSameNoise() {
        byte[] grey = new byte[SIDE * SIDE];
        java.util.Arrays.fill(grey, (byte) 128);
        byte[] noisy = ImageTransforms.noise(grey, SIDE, SIDE, 0.1, 42);
        double sum = 0;
        double squares = 0;
        for (byte b : noisy) {
            double d = (b & 0xFF) - 128;
            sum += d;
            squares += d * d;
        }
        int n = grey.length;
        assertThat(sum / n).isCloseTo(0, within(3.0));
        assertThat(Math.sqrt(squares / n)).isCloseTo(25.5, within(2.5));
        assertThat(ImageTransforms.noise(grey, SIDE, SIDE, 0.1, 42)).isEqualTo(noisy);
        assertThat(ImageTransforms.noise(grey, SIDE, SIDE, 0.1, 43)).isNotEqualTo(noisy);
    }

    @Test
    void badArgumentsAreRefused() {
        byte[] image = digit(0);
        assertThatThrownBy(() -> ImageTransforms.shift(image, 27, 28, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ImageTransforms.scale(image, SIDE, SIDE, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ImageTransforms.thin(image, SIDE, SIDE, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ImageTransforms.noise(image, SIDE, SIDE, Double.NaN, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
