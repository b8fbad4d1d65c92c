package org.digitlab.data.dl4j;

import java.util.Random;

/**
 * The order in which one epoch visits the first {@code size} examples, and how far it has got.
 * With a generator each epoch is a fresh permutation drawn from it; without one the examples come
 * as they are stored. Kept apart from how a batch is filled so that the shuffle's use of its
 * generator is plain to see: nothing else draws from it, which is why the same seed gives the same
 * epochs whether or not images are augmented.
 */
final class ExampleOrder {

    private final int[] order;
    /** Null for in-order iteration. */
    private final Random random;
    private int cursor;

    /** An order over examples {@code 0..size-1}, ready for its first epoch. */
    ExampleOrder(int size, Random random) {
        this.order = new int[size];
        this.random = random;
        reset();
    }

    /** Examples per epoch. */
    int size() {
        return order.length;
    }

    boolean hasNext() {
        return cursor < order.length;
    }

    /** Examples left in this epoch. */
    int remaining() {
        return order.length - cursor;
    }

    /** The next example's index in the image set. */
    int next() {
        return order[cursor++];
    }

    /** Starts a new epoch; with a generator, a Fisher–Yates shuffle draws a fresh permutation. */
    void reset() {
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        if (random != null) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
        }
        cursor = 0;
    }
}
