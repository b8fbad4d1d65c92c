package org.digitlab.training.dl4j;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * An op's output and gradient arrays, kept from batch to batch so that steps allocate nothing.
 * A row-major array serves every batch up to the largest seen, as a view of its first rows: the
 * short last batch of an epoch shares the full batches' memory (a second set of buffers for it
 * took another third of the 56×56 CNN's). Column-major arrays, whose first rows are no block of
 * their own, are kept per batch size: an epoch has at most two.
 */
final class OpBuffers {

    private static final int MOST_ARRAYS = 16;

    private final Map<Long, INDArray> arrays = new HashMap<>();
    private final Map<Long, INDArray> views = new HashMap<>();

    /** The slot's array of this shape, uninitialised when new. */
    INDArray get(int slot, long[] shape, char order) {
        return get(slot, shape, order, false);
    }

    /** The slot's array of this shape, filled with zeros when new (e.g. padding borders). */
    INDArray zeroed(int slot, long[] shape, char order) {
        return get(slot, shape, order, true);
    }

    private INDArray get(int slot, long[] shape, char order, boolean zeros) {
        if (order != 'c') {
            return stored(((long) slot << 32) | shape[0], shape, order, zeros);
        }
        long key = (long) slot << 32;
        INDArray array = arrays.get(key);
        if (array == null || array.size(0) < shape[0] || !sameImageShape(array.shape(), shape)) {
            views.remove(key);
            return stored(key, shape, order, zeros);
        }
        if (array.size(0) == shape[0]) {
            return array;
        }
        INDArray view = views.get(key);
        if (view == null || view.size(0) != shape[0]) {
            view = array.get(NDArrayIndex.interval(0, shape[0]));
            views.put(key, view);
        }
        return view;
    }

    private INDArray stored(long key, long[] shape, char order, boolean zeros) {
        INDArray array = arrays.get(key);
        if (array == null || !Arrays.equals(array.shape(), shape) || array.ordering() != order) {
            if (arrays.size() >= MOST_ARRAYS) {
                arrays.clear();
                views.clear();
            }
            array = zeros ? Nd4j.create(DataType.FLOAT, shape, order)
                    : Nd4j.createUninitialized(DataType.FLOAT, shape, order);
            arrays.put(key, array);
        }
        return array;
    }

    private static boolean sameImageShape(long[] a, long[] b) {
        return a.length == b.length && Arrays.equals(a, 1, a.length, b, 1, b.length);
    }
}
