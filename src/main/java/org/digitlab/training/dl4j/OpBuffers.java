package org.digitlab.training.dl4j;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * An op's output and gradient arrays, kept from batch to batch so that steps allocate nothing.
 * An epoch has at most two batch sizes (the last batch may be short), so each slot holds at
 * most a few arrays; a run with other sizes starts the set afresh rather than growing it.
 */
final class OpBuffers {

    private static final int MOST_ARRAYS = 16;

    private final Map<Long, INDArray> arrays = new HashMap<>();

    /** The slot's array of this shape, uninitialised when new. */
    INDArray get(int slot, long[] shape, char order) {
        return get(slot, shape, order, false);
    }

    /** The slot's array of this shape, filled with zeros when new (e.g. padding borders). */
    INDArray zeroed(int slot, long[] shape, char order) {
        return get(slot, shape, order, true);
    }

    private INDArray get(int slot, long[] shape, char order, boolean zeros) {
        long key = ((long) slot << 32) | shape[0];
        INDArray array = arrays.get(key);
        if (array == null || !Arrays.equals(array.shape(), shape) || array.ordering() != order) {
            if (arrays.size() >= MOST_ARRAYS) {
                arrays.clear();
            }
            array = zeros ? Nd4j.create(DataType.FLOAT, shape, order)
                    : Nd4j.createUninitialized(DataType.FLOAT, shape, order);
            arrays.put(key, array);
        }
        return array;
    }
}
