package org.digitlab.data;

import java.util.Arrays;
import java.util.Random;

/**
 * Applies a {@link SplitSpec}. Deterministic: the same data and spec always give the same sets.
 */
public final class Splits {

    private Splits() {
    }

    public static DataSplits apply(TrainTest data, SplitSpec spec) {
        return switch (spec.kind()) {
            case TRAIN_TEST -> new DataSplits(data.train(), null, data.test());
            case HOLDOUT_HALF -> holdoutHalf(data, spec.seed());
            case VALIDATION_FRACTION -> validationTail(data, spec.validationFraction());
        };
    }

    /**
     * Notebook 001 ({@code train_test_split(holdout, test_size=0.5, random_state=1)}): the test set
     * shuffled with the seed, its first half validates and its second half tests. The shuffle is
     * java.util.Random's Fisher-Yates, so the halves are reproducible but not sklearn's.
     */
    private static DataSplits holdoutHalf(TrainTest data, long seed) {
        int[] order = shuffledIndices(data.test().size(), seed);
        int half = order.length / 2;
        int[] validation = Arrays.copyOfRange(order, 0, half);
        int[] test = Arrays.copyOfRange(order, half, order.length);
        return new DataSplits(data.train(), data.test().subset(validation), data.test().subset(test));
    }

    /**
     * Exactly Keras's {@code validation_split}: {@code split_at = int(n * (1 - fraction))}, the
     * training set's head trains and its unshuffled tail validates. Keras does not shuffle before
     * splitting, so neither do we: the tail of MNIST is a fair sample anyway.
     */
    private static DataSplits validationTail(TrainTest data, double fraction) {
        ImageSet train = data.train();
        int splitAt = (int) (train.size() * (1.0 - fraction));
        return new DataSplits(train.range(0, splitAt), train.range(splitAt, train.size()), data.test());
    }

    static int[] shuffledIndices(int n, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        return order;
    }
}
