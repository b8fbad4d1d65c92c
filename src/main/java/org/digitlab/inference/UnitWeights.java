package org.digitlab.inference;

import java.util.List;

/**
 * The weights from every input pixel into some units of a dense layer: each unit's weights shown
 * as an image are the pattern it responds to.
 *
 * @param side side of the square input (28)
 * @param units index of each unit in its layer
 * @param weights per unit, {@code side × side} weights row by row
 */
public record UnitWeights(int side, List<Integer> units, List<float[]> weights) {

    public UnitWeights {
        units = List.copyOf(units);
        weights = List.copyOf(weights);
        if (units.size() != weights.size()) {
            throw new IllegalArgumentException(units.size() + " units but " + weights.size() + " weight images");
        }
    }
}
