package org.digitlab.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Walks a spec layer by layer the way Keras builds a Sequential model: output shapes, parameter
 * counts, Keras' automatic layer names, and every reason the stack cannot be built.
 *
 * <p>It keeps going after a problem (leaving the shape as it was) so that the editor can show all
 * problems at once; shapes after the first problem are then only best guesses.
 */
final class ShapeInference {

    /** Keras' batch norm keeps gamma, beta, moving mean and moving variance per channel. */
    private static final int BATCH_NORM_PARAMS_PER_CHANNEL = 4;
    /** Moving mean and variance are updated by averaging, not by gradients. */
    private static final int BATCH_NORM_FROZEN_PER_CHANNEL = 2;

    record Result(List<SummaryRow> rows, List<LayerProblem> problems) {
    }

    private final ArchitectureSpec spec;
    private final List<SummaryRow> rows = new ArrayList<>();
    private final List<LayerProblem> problems = new ArrayList<>();
    private final Map<String, Integer> nameCounters = new HashMap<>();
    private Shape shape;
    private boolean flattened;
    private int index;
    private String name;
    private String kind;
    /** Running totals in saturating long arithmetic, so that no spec can wrap them negative. */
    private long totalParams;
    private long activationValues;
    private boolean paramsRefused;
    private boolean activationsRefused;

    private ShapeInference(ArchitectureSpec spec) {
        this.spec = spec;
    }

    static Result run(ArchitectureSpec spec) {
        ShapeInference inference = new ShapeInference(spec);
        inference.walk();
        return new Result(List.copyOf(inference.rows), List.copyOf(inference.problems));
    }

    private void walk() {
        InputShape input = spec.input();
        if (input.height() <= 0 || input.width() <= 0 || input.channels() <= 0) {
            modelProblem("input shape " + input.height() + "×" + input.width() + "×" + input.channels()
                    + " must be positive in every axis");
            return;
        }
        if (input.height() > ModelLimits.MAX_IMAGE_SIDE || input.width() > ModelLimits.MAX_IMAGE_SIDE
                || input.channels() > ModelLimits.MAX_INPUT_CHANNELS) {
            modelProblem(String.format(Locale.ROOT, "input shape %d×%d×%d is larger than Digit Lab takes"
                    + " (at most %d×%d pixels and %d channels; MNIST is 28×28×1)", input.height(), input.width(),
                    input.channels(), ModelLimits.MAX_IMAGE_SIDE, ModelLimits.MAX_IMAGE_SIDE,
                    ModelLimits.MAX_INPUT_CHANNELS));
            return;
        }
        if (spec.numClasses() <= 0) {
            modelProblem("numClasses is " + spec.numClasses() + ": a classifier needs at least one class");
        }
        if (spec.layers().isEmpty()) {
            modelProblem("has no layers: end with an Output layer of " + spec.numClasses() + " units");
            return;
        }
        shape = Shape.image(input.height(), input.width(), input.channels());
        activationValues = shape.size();
        int outputs = 0;
        for (index = 0; index < spec.layers().size(); index++) {
            LayerSpec layer = spec.layers().get(index);
            name = kerasName(layer);
            kind = layer.kind();
            if (layer instanceof LayerSpec.Output) {
                outputs++;
                checkOutputPlacement((LayerSpec.Output) layer, outputs);
            }
            long[] params = apply(layer);
            rows.add(new SummaryRow(index, name, layer.kind(), shape, params[0], params[1]));
            checkCeilings(params[0]);
        }
        if (outputs == 0) {
            modelProblem("has no Output layer: end with Output(" + spec.numClasses() + ", softmax)");
        }
    }

    /**
     * Refuses, naming this layer, a model whose parameters or batch activations would not fit a
     * classroom laptop: the engine would otherwise allocate natively and crash the process.
     */
    private void checkCeilings(long layerParams) {
        totalParams = ModelLimits.plus(totalParams, layerParams);
        activationValues = ModelLimits.plus(activationValues, shape.size());
        if (!paramsRefused && totalParams > ModelLimits.MAX_PARAMS) {
            paramsRefused = true;
            problem((layerParams == totalParams ? "has " + count(layerParams) + " parameters"
                    : "brings the model to " + count(totalParams) + " parameters")
                    + "; Digit Lab builds at most " + ModelSummary.thousands(ModelLimits.MAX_PARAMS)
                    + " (the largest preset has 1,740,042): use fewer units or filters");
        }
        int batch = spec.training().batchSize();
        long bytes = ModelLimits.times(ModelLimits.times(activationValues, Math.max(1, batch)),
                ModelLimits.BYTES_PER_VALUE);
        if (!activationsRefused && bytes > ModelLimits.MAX_ACTIVATION_BYTES) {
            activationsRefused = true;
            problem("the layer outputs of a batch of " + Math.max(1, batch) + " need " + ModelLimits.bytes(bytes)
                    + " up to here; Digit Lab allows " + ModelLimits.bytes(ModelLimits.MAX_ACTIVATION_BYTES)
                    + ": use a smaller batch, fewer units or filters, or a smaller image");
        }
    }

    private static String count(long value) {
        return value == Long.MAX_VALUE ? "more than 9,223,372,036,854,775,807" : ModelSummary.thousands(value);
    }

    private void checkOutputPlacement(LayerSpec.Output output, int outputsSoFar) {
        if (outputsSoFar > 1) {
            problem("a second Output layer: a model has exactly one, at the end");
        } else if (index != spec.layers().size() - 1) {
            problem("the Output layer must be the last layer");
        }
        if (output.units() > 0 && output.units() != spec.numClasses()) {
            problem("Output has " + output.units() + " units but the model has " + spec.numClasses() + " classes");
        }
    }

    /** Updates {@link #shape}; returns {all params, non-trainable params}. */
    private long[] apply(LayerSpec layer) {
        if (layer instanceof LayerSpec.Dense dense) {
            return dense(dense.units());
        } else if (layer instanceof LayerSpec.Output output) {
            return dense(output.units());
        } else if (layer instanceof LayerSpec.Conv2D conv) {
            return conv(conv);
        } else if (layer instanceof LayerSpec.MaxPool pool) {
            pool(pool.poolH(), pool.poolW(), pool.strideH(), pool.strideW());
        } else if (layer instanceof LayerSpec.AvgPool pool) {
            pool(pool.poolH(), pool.poolW(), pool.strideH(), pool.strideW());
        } else if (layer instanceof LayerSpec.ZeroPadding padding) {
            zeroPadding(padding.pad());
        } else if (layer instanceof LayerSpec.Dropout dropout) {
            if (!(dropout.rate() >= 0 && dropout.rate() < 1)) {
                problem("dropout rate " + dropout.rate() + " is outside [0, 1): it is the fraction of"
                        + " activations dropped");
            }
        } else if (layer instanceof LayerSpec.BatchNorm) {
            long channels = shape.lastAxis();
            return new long[] {BATCH_NORM_PARAMS_PER_CHANNEL * channels, BATCH_NORM_FROZEN_PER_CHANNEL * channels};
        } else if (layer instanceof LayerSpec.Flatten) {
            flatten();
        }
        // ActivationLayer: element-wise, shape unchanged, no parameters.
        return new long[] {0, 0};
    }

    private long[] dense(int units) {
        boolean ok = true;
        if (!shape.flat()) {
            problem("Dense needs a flat input: add a Flatten before it (input is " + shape.keras() + ")");
            ok = false;
        }
        if (units <= 0) {
            problem("units must be positive, got " + units);
            return new long[] {0, 0};
        }
        long inputs = shape.size();
        shape = Shape.flat(units);
        return new long[] {ok ? ModelLimits.plus(ModelLimits.times(inputs, units), units) : 0, 0};
    }

    private long[] conv(LayerSpec.Conv2D conv) {
        if (!needsImage() | !positive("filters", conv.filters())
                | !window("kernel", conv.kernelH(), conv.kernelW(), conv.strideH(), conv.strideW(),
                conv.padding())) {
            return new long[] {0, 0};
        }
        long params = ModelLimits.plus(ModelLimits.times(ModelLimits.times((long) conv.kernelH() * conv.kernelW(),
                shape.channels()), conv.filters()), conv.filters());
        shape = Shape.image(out(shape.height(), conv.kernelH(), conv.strideH(), conv.padding()),
                out(shape.width(), conv.kernelW(), conv.strideW(), conv.padding()), conv.filters());
        return new long[] {params, 0};
    }

    private void pool(int poolH, int poolW, int strideH, int strideW) {
        if (needsImage() & window("pool", poolH, poolW, strideH, strideW, Padding.VALID)) {
            shape = Shape.image(out(shape.height(), poolH, strideH, Padding.VALID),
                    out(shape.width(), poolW, strideW, Padding.VALID), shape.channels());
        }
    }

    private void zeroPadding(int pad) {
        if (pad < 0) {
            problem("padding must not be negative, got " + pad);
            needsImage();
            return;
        }
        long height = shape.height() + 2L * pad;
        long width = shape.width() + 2L * pad;
        if (needsImage() && Math.max(height, width) > ModelLimits.MAX_IMAGE_SIDE) {
            problem(String.format(Locale.ROOT, "padding %d makes the image %d×%d; Digit Lab takes at most"
                    + " %d pixels a side: use a padding of a few pixels", pad, height, width, ModelLimits.MAX_IMAGE_SIDE));
        } else if (!shape.flat()) {
            shape = Shape.image((int) height, (int) width, shape.channels());
        }
    }

    private void flatten() {
        if (flattened) {
            problem("a second Flatten: the input is already flat");
        }
        flattened = true;
        // A size beyond int has been refused by the ceilings already; the cast must not wrap it.
        shape = Shape.flat((int) Math.min(shape.size(), Integer.MAX_VALUE));
    }

    private boolean needsImage() {
        if (shape.flat()) {
            problem(kind + " needs an image but comes after Flatten: move it before the Flatten");
            return false;
        }
        return true;
    }

    /** Checks a kernel or pool window and its strides against the current image. */
    private boolean window(String what, int sizeH, int sizeW, int strideH, int strideW, Padding padding) {
        boolean ok = positive(what + " height", sizeH) & positive(what + " width", sizeW)
                & positive("stride height", strideH) & positive("stride width", strideW);
        if (ok && !shape.flat() && padding == Padding.VALID
                && (sizeH > shape.height() || sizeW > shape.width())) {
            problem(String.format(Locale.ROOT, "%s %d×%d is larger than its input %d×%d (shape %s)",
                    what, sizeH, sizeW, shape.height(), shape.width(), shape.keras()));
            return false;
        }
        return ok;
    }

    private boolean positive(String what, int value) {
        if (value <= 0) {
            problem(what + " must be positive, got " + value);
            return false;
        }
        return true;
    }

    /** Keras: "valid" → floor((in - k) / s) + 1; "same" → ceil(in / s). */
    static int out(int in, int size, int stride, Padding padding) {
        // long: a stride near Integer.MAX_VALUE must not wrap the sum negative.
        return (int) (padding == Padding.SAME ? ((long) in + stride - 1) / stride : ((long) in - size) / stride + 1);
    }

    /** Keras names layers by class in snake case, numbering repeats: dense, dense_1, dense_2. */
    private String kerasName(LayerSpec layer) {
        String base = layer.kind().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
        int seen = nameCounters.merge(base, 1, Integer::sum) - 1;
        return seen == 0 ? base : base + "_" + seen;
    }

    private void problem(String reason) {
        problems.add(new LayerProblem(index, name, reason));
    }

    private void modelProblem(String reason) {
        problems.add(new LayerProblem(LayerProblem.WHOLE_MODEL, "model", reason));
    }
}
