package org.digitlab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SplitsTest {

    private static final int TRAIN = 60_000;
    private static final int TEST = 10_000;
    private static final int ID_BYTES = 3;

    /** MNIST-sized sets of 1x3 images whose pixels spell each image's index, so we can track images. */
    private final TrainTest data = new TrainTest(numbered(TRAIN), numbered(TEST));

    @Test
    void trainTestKeepsThePublishedSplit() {
        DataSplits splits = Splits.apply(data, SplitSpec.trainTest());

        assertThat(splits.train().size()).isEqualTo(TRAIN);
        assertThat(splits.validation()).isNull();
        assertThat(splits.test().size()).isEqualTo(TEST);
    }

    @Test
    void holdoutHalfSplitsTheTestSetIntoDisjointHalves() {
        DataSplits splits = Splits.apply(data, SplitSpec.holdoutHalf(1));

        assertThat(splits.train()).isSameAs(data.train());
        assertThat(splits.validation().size()).isEqualTo(5_000);
        assertThat(splits.test().size()).isEqualTo(5_000);
        Set<Integer> validation = ids(splits.validation());
        Set<Integer> test = ids(splits.test());
        assertThat(validation).doesNotContainAnyElementsOf(test);
        Set<Integer> union = new HashSet<>(validation);
        union.addAll(test);
        assertThat(union).isEqualTo(ids(data.test()));
    }

    @Test
    void holdoutHalfIsShuffledAndDeterministicPerSeed() {
        DataSplits first = Splits.apply(data, SplitSpec.holdoutHalf(1));
        DataSplits again = Splits.apply(data, SplitSpec.holdoutHalf(1));
        DataSplits other = Splits.apply(data, SplitSpec.holdoutHalf(2));

        assertThat(again.validation().pixels()).isEqualTo(first.validation().pixels());
        assertThat(again.test().pixels()).isEqualTo(first.test().pixels());
        assertThat(other.validation().pixels()).isNotEqualTo(first.validation().pixels());
        assertThat(ids(first.validation())).isNotEqualTo(Set.copyOf(range(0, 5_000)));
    }

    @Test
    void validationFractionTakesTheUnshuffledTailLikeKeras() {
        DataSplits splits = Splits.apply(data, SplitSpec.validationFraction(0.2, 1));

        assertThat(splits.train().size()).isEqualTo(48_000);
        assertThat(splits.validation().size()).isEqualTo(12_000);
        assertThat(splits.test()).isSameAs(data.test());
        assertThat(id(splits.train(), 0)).isZero();
        assertThat(id(splits.train(), 47_999)).isEqualTo(47_999);
        assertThat(id(splits.validation(), 0)).isEqualTo(48_000);
        assertThat(id(splits.validation(), 11_999)).isEqualTo(59_999);
    }

    @Test
    void validationFractionOutsideTheOpenUnitIntervalIsRejected() {
        assertThatThrownBy(() -> SplitSpec.validationFraction(1.0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(0, 1)");
        assertThatThrownBy(() -> SplitSpec.validationFraction(0.0, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static ImageSet numbered(int n) {
        byte[] pixels = new byte[n * ID_BYTES];
        for (int i = 0; i < n; i++) {
            pixels[i * ID_BYTES] = (byte) (i >> 16);
            pixels[i * ID_BYTES + 1] = (byte) (i >> 8);
            pixels[i * ID_BYTES + 2] = (byte) i;
        }
        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            labels[i] = (byte) (i % 10);
        }
        return new ImageSet(1, ID_BYTES, pixels, labels);
    }

    private static int id(ImageSet set, int i) {
        return set.pixel(i, 0, 0) << 16 | set.pixel(i, 0, 1) << 8 | set.pixel(i, 0, 2);
    }

    private static Set<Integer> ids(ImageSet set) {
        Set<Integer> ids = new HashSet<>();
        for (int i = 0; i < set.size(); i++) {
            ids.add(id(set, i));
        }
        return ids;
    }

    private static java.util.List<Integer> range(int from, int to) {
        return IntStream.range(from, to).boxed().toList();
    }
}
