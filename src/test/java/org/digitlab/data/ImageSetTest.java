package org.digitlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImageSetTest {

    private final ImageSet set = new ImageSet(IdxFixtures.ROWS, IdxFixtures.COLS, IdxFixtures.pixels(3),
            new byte[] {4, 1, 4});

    @Test
    void pixelsAreUnsignedAndRowMajor() {
        assertThat(set.imageSize()).isEqualTo(6);
        assertThat(set.pixel(2, 0, 0)).isEqualTo(220);
        assertThat(set.pixel(2, 1, 0)).isEqualTo(223);
        assertThat(set.copyImage(1)).containsExactly(210, 211, 212, 213, 214, 215);
    }

    @Test
    void subsetCopiesTheChosenImagesInOrder() {
        ImageSet subset = set.subset(new int[] {2, 0});

        assertThat(subset.size()).isEqualTo(2);
        assertThat(subset.copyImage(0)).isEqualTo(set.copyImage(2));
        assertThat(subset.labels()).containsExactly(4, 4);
        assertThat(subset.pixels()).isNotSameAs(set.pixels());
    }

    @Test
    void classCountsCountEachLabel() {
        assertThat(set.classCounts(5)).containsExactly(0, 1, 0, 0, 2);
    }

    @Test
    void inconsistentLengthsAreRejected() {
        assertThatThrownBy(() -> new ImageSet(2, 3, new byte[5], new byte[1]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected 1 images of 2x3 = 6 pixels, got 5");
    }
}
