package org.digitlab.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.digitlab.data.ImageSet;
import org.junit.jupiter.api.Test;

/** The held-out drawings and the mixed epoch of "Train more on our handwriting", without an engine. */
class FineTuningTest {

    @Test
    void aFifthOfTheDrawingsIsHeldOutTheSameWayEveryTime() {
        boolean[] out = FineTuning.heldOut(240, 0.2, 42);

        assertThat(count(out)).isEqualTo(48);
        assertThat(FineTuning.heldOut(240, 0.2, 42)).isEqualTo(out);
        assertThat(FineTuning.heldOut(240, 0.2, 43)).isNotEqualTo(out);
    }

    @Test
    void aSmallSetKeepsOneDrawingOnEachSide() {
        assertThat(count(FineTuning.heldOut(2, 0.2, 1))).isEqualTo(1);
        assertThat(count(FineTuning.heldOut(3, 0.9, 1))).isEqualTo(2);
        assertThat(count(FineTuning.heldOut(10, 0, 1))).isZero();
    }

    @Test
    void anEpochHoldsTheDrawingsShareEachDrawingAboutEquallyOften() {
        ImageSet mnist = marked(100, 0, 0);
        ImageSet drawn = marked(8, 7, 100);

        ImageSet mixed = FineTuning.mix(mnist, drawn, 200, 0.15, 5);

        assertThat(mixed.size()).isEqualTo(200);
        int[] timesDrawn = new int[8];
        int fromMnist = 0;
        for (int i = 0; i < mixed.size(); i++) {
            int mark = mixed.pixel(i, 0, 0);
            if (mark >= 100) {
                assertThat(mixed.label(i)).isEqualTo(7);
                timesDrawn[mark - 100]++;
            } else {
                assertThat(mixed.label(i)).isZero();
                fromMnist++;
            }
        }
        assertThat(fromMnist).isEqualTo(170);
        assertThat(Arrays.stream(timesDrawn).sum()).isEqualTo(30);
        assertThat(Arrays.stream(timesDrawn).boxed().toList()).allSatisfy(n -> assertThat(n).isBetween(3, 4));
    }

    /** {@code n} 2×2 images of one label, image i's first pixel {@code first + i}. */
    private static ImageSet marked(int n, int label, int first) {
        byte[] pixels = new byte[n * 4];
        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            pixels[i * 4] = (byte) (first + i);
            labels[i] = (byte) label;
        }
        return new ImageSet(2, 2, pixels, labels);
    }

    private static int count(boolean[] values) {
        int n = 0;
        for (boolean v : values) {
            n += v ? 1 : 0;
        }
        return n;
    }
}
