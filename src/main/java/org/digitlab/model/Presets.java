package org.digitlab.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The architecture picker's catalogue: every model of the seed notebooks, layer by layer with the
 * notebook's own training defaults (see {@code shared/architectures.md}), plus the classic LeNet-5
 * and the two models of the uncentered-digits lesson.
 *
 * <p>Where a notebook leaves a value out, Keras' default is used (Adam 1e-3, RMSprop 1e-3, SGD 0.01,
 * batch 32), because that is what the notebook's run actually used.
 */
public final class Presets {

    private static final List<ArchitectureSpec> ALL = List.of(
            SeedPresets.mlp100(),
            SeedPresets.mlp512x256(),
            SeedPresets.mlpSigmoidMse(),
            SeedPresets.mlpDropout(),
            SeedPresets.lenet5Small(),
            SeedPresets.lenet5(),
            SeedPresets.cnn3Conv(),
            SeedPresets.cnnBatchNorm(),
            ExtraPresets.lenet5Classic(),
            ExtraPresets.mlp512x256Uncentered(),
            ExtraPresets.cnn3ConvUncentered());

    private Presets() {
    }

    /** All presets in picker order: MLPs first, then CNNs, then the extras. */
    public static List<ArchitectureSpec> all() {
        return ALL;
    }

    /** @throws IllegalArgumentException listing the known ids when there is no such preset */
    public static ArchitectureSpec get(String id) {
        return ALL.stream().filter(spec -> spec.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No preset '" + id + "'; known presets: "
                        + ALL.stream().map(ArchitectureSpec::id).collect(Collectors.joining(", "))));
    }
}
