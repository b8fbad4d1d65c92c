package org.digitlab.ui.architecture;

import java.util.Locale;
import org.digitlab.model.Activation;
import org.digitlab.model.LayerSpec;
import org.digitlab.model.Padding;

/**
 * Reads and writes one field of a layer as the table shows it, and turns a layer into another
 * kind. Layers are immutable records: an edit returns a new layer. Windows (kernel, stride, pool)
 * read "3" when square and "5×3" otherwise, and accept "5x3" as well.
 */
public final class LayerFields {

    static final int DEFAULT_UNITS = 64;
    static final int DEFAULT_FILTERS = 32;
    static final int DEFAULT_KERNEL = 3;
    static final int DEFAULT_POOL = 2;
    static final double DEFAULT_RATE = 0.2;
    static final int DEFAULT_CLASSES = 10;

    private LayerFields() {
    }

    public static LayerKind kindOf(LayerSpec layer) {
        if (layer instanceof LayerSpec.Dense) {
            return LayerKind.DENSE;
        } else if (layer instanceof LayerSpec.Conv2D) {
            return LayerKind.CONV2D;
        } else if (layer instanceof LayerSpec.MaxPool) {
            return LayerKind.MAX_POOL;
        } else if (layer instanceof LayerSpec.AvgPool) {
            return LayerKind.AVG_POOL;
        } else if (layer instanceof LayerSpec.ZeroPadding) {
            return LayerKind.ZERO_PADDING;
        } else if (layer instanceof LayerSpec.Dropout) {
            return LayerKind.DROPOUT;
        } else if (layer instanceof LayerSpec.BatchNorm) {
            return LayerKind.BATCH_NORM;
        } else if (layer instanceof LayerSpec.ActivationLayer) {
            return LayerKind.ACTIVATION;
        } else if (layer instanceof LayerSpec.Flatten) {
            return LayerKind.FLATTEN;
        }
        return LayerKind.OUTPUT;
    }

    /** The field as text, or null when this kind of layer has no such field. */
    public static String get(LayerSpec layer, LayerField field) {
        return switch (field) {
            case SIZE -> layer instanceof LayerSpec.Dense d ? String.valueOf(d.units())
                    : layer instanceof LayerSpec.Output o ? String.valueOf(o.units())
                    : layer instanceof LayerSpec.Conv2D c ? String.valueOf(c.filters()) : null;
            case KERNEL -> layer instanceof LayerSpec.Conv2D c ? window(c.kernelH(), c.kernelW()) : null;
            case STRIDE -> layer instanceof LayerSpec.Conv2D c ? window(c.strideH(), c.strideW())
                    : layer instanceof LayerSpec.MaxPool p ? window(p.strideH(), p.strideW())
                    : layer instanceof LayerSpec.AvgPool p ? window(p.strideH(), p.strideW()) : null;
            case PADDING -> layer instanceof LayerSpec.Conv2D c ? name(c.padding()) : null;
            case POOL -> layer instanceof LayerSpec.MaxPool p ? window(p.poolH(), p.poolW())
                    : layer instanceof LayerSpec.AvgPool p ? window(p.poolH(), p.poolW()) : null;
            case ZERO_PAD -> layer instanceof LayerSpec.ZeroPadding z ? String.valueOf(z.pad()) : null;
            case ACTIVATION -> activation(layer) == null ? null : name(activation(layer));
            case RATE -> layer instanceof LayerSpec.Dropout d ? String.valueOf(d.rate()) : null;
        };
    }

    /**
     * The layer with one field changed.
     *
     * @throws IllegalArgumentException with a sentence for the student when the text is no value
     *     for the field or the layer has no such field
     */
    public static LayerSpec set(LayerSpec layer, LayerField field, String text) {
        if (get(layer, field) == null) {
            throw new IllegalArgumentException(kindOf(layer) + " has no " + field.title().toLowerCase(Locale.ROOT));
        }
        String value = text == null ? "" : text.strip();
        return switch (field) {
            case SIZE -> withSize(layer, integer(field, value));
            case KERNEL -> withKernel((LayerSpec.Conv2D) layer, parseWindow(field, value));
            case STRIDE -> withStride(layer, parseWindow(field, value));
            case PADDING -> withPadding((LayerSpec.Conv2D) layer, parse(Padding.class, field, value));
            case POOL -> withPool(layer, parseWindow(field, value));
            case ZERO_PAD -> new LayerSpec.ZeroPadding(integer(field, value));
            case ACTIVATION -> withActivation(layer, parse(Activation.class, field, value));
            case RATE -> new LayerSpec.Dropout(decimal(field, value));
        };
    }

    /** A fresh layer of the kind, keeping the units or activation of the old one where both have them. */
    public static LayerSpec convert(LayerSpec layer, LayerKind kind) {
        if (kindOf(layer) == kind) {
            return layer;
        }
        Activation activation = activation(layer) == null || activation(layer) == Activation.SOFTMAX
                ? Activation.RELU : activation(layer);
        return switch (kind) {
            case DENSE -> new LayerSpec.Dense(sizeOr(layer, DEFAULT_UNITS), activation);
            case CONV2D -> LayerSpec.Conv2D.of(sizeOr(layer, DEFAULT_FILTERS), DEFAULT_KERNEL, activation);
            case MAX_POOL -> LayerSpec.MaxPool.of(DEFAULT_POOL);
            case AVG_POOL -> LayerSpec.AvgPool.of(DEFAULT_POOL);
            case ZERO_PADDING -> new LayerSpec.ZeroPadding(DEFAULT_POOL);
            case DROPOUT -> new LayerSpec.Dropout(DEFAULT_RATE);
            case BATCH_NORM -> new LayerSpec.BatchNorm();
            case ACTIVATION -> new LayerSpec.ActivationLayer(activation);
            case FLATTEN -> new LayerSpec.Flatten();
            case OUTPUT -> LayerSpec.Output.softmax(DEFAULT_CLASSES);
        };
    }

    /** A new layer of the kind with the editor's defaults. */
    public static LayerSpec create(LayerKind kind) {
        return convert(new LayerSpec.Flatten(), kind);
    }

    private static Activation activation(LayerSpec layer) {
        if (layer instanceof LayerSpec.Dense d) {
            return d.activation();
        } else if (layer instanceof LayerSpec.Conv2D c) {
            return c.activation();
        } else if (layer instanceof LayerSpec.ActivationLayer a) {
            return a.activation();
        } else if (layer instanceof LayerSpec.Output o) {
            return o.activation();
        }
        return null;
    }

    private static int sizeOr(LayerSpec layer, int fallback) {
        String size = get(layer, LayerField.SIZE);
        return size == null ? fallback : Integer.parseInt(size);
    }

    private static LayerSpec withSize(LayerSpec layer, int size) {
        if (layer instanceof LayerSpec.Dense d) {
            return new LayerSpec.Dense(size, d.activation());
        } else if (layer instanceof LayerSpec.Output o) {
            return new LayerSpec.Output(size, o.activation());
        }
        LayerSpec.Conv2D c = (LayerSpec.Conv2D) layer;
        return new LayerSpec.Conv2D(size, c.kernelH(), c.kernelW(), c.strideH(), c.strideW(), c.padding(),
                c.activation());
    }

    private static LayerSpec withKernel(LayerSpec.Conv2D c, int[] k) {
        return new LayerSpec.Conv2D(c.filters(), k[0], k[1], c.strideH(), c.strideW(), c.padding(), c.activation());
    }

    private static LayerSpec withPadding(LayerSpec.Conv2D c, Padding padding) {
        return new LayerSpec.Conv2D(c.filters(), c.kernelH(), c.kernelW(), c.strideH(), c.strideW(), padding,
                c.activation());
    }

    private static LayerSpec withStride(LayerSpec layer, int[] s) {
        if (layer instanceof LayerSpec.Conv2D c) {
            return new LayerSpec.Conv2D(c.filters(), c.kernelH(), c.kernelW(), s[0], s[1], c.padding(),
                    c.activation());
        } else if (layer instanceof LayerSpec.MaxPool p) {
            return new LayerSpec.MaxPool(p.poolH(), p.poolW(), s[0], s[1]);
        }
        LayerSpec.AvgPool p = (LayerSpec.AvgPool) layer;
        return new LayerSpec.AvgPool(p.poolH(), p.poolW(), s[0], s[1]);
    }

    /** A new pool size moves a stride that equalled the old size along, as Keras' default does. */
    private static LayerSpec withPool(LayerSpec layer, int[] size) {
        if (layer instanceof LayerSpec.MaxPool p) {
            boolean follows = p.strideH() == p.poolH() && p.strideW() == p.poolW();
            return new LayerSpec.MaxPool(size[0], size[1], follows ? size[0] : p.strideH(),
                    follows ? size[1] : p.strideW());
        }
        LayerSpec.AvgPool p = (LayerSpec.AvgPool) layer;
        boolean follows = p.strideH() == p.poolH() && p.strideW() == p.poolW();
        return new LayerSpec.AvgPool(size[0], size[1], follows ? size[0] : p.strideH(),
                follows ? size[1] : p.strideW());
    }

    private static LayerSpec withActivation(LayerSpec layer, Activation activation) {
        if (layer instanceof LayerSpec.Dense d) {
            return new LayerSpec.Dense(d.units(), activation);
        } else if (layer instanceof LayerSpec.Conv2D c) {
            return c.withActivation(activation);
        } else if (layer instanceof LayerSpec.Output o) {
            return new LayerSpec.Output(o.units(), activation);
        }
        return new LayerSpec.ActivationLayer(activation);
    }

    static String window(int h, int w) {
        return h == w ? String.valueOf(h) : h + "×" + w;
    }

    private static int[] parseWindow(LayerField field, String text) {
        String[] parts = text.split("\\s*[x×X,]\\s*");
        if (parts.length == 1) {
            int side = integer(field, parts[0]);
            return new int[] {side, side};
        } else if (parts.length == 2) {
            return new int[] {integer(field, parts[0]), integer(field, parts[1])};
        }
        throw new IllegalArgumentException(field.title() + " must be a number such as 3, or height×width such as 5×3");
    }

    private static int integer(LayerField field, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field.title() + " must be a whole number, not \"" + text + "\"", e);
        }
    }

    private static double decimal(LayerField field, String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field.title() + " must be a number such as 0.2, not \"" + text + "\"",
                    e);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, LayerField field, String text) {
        for (E constant : type.getEnumConstants()) {
            if (name(constant).equalsIgnoreCase(text) || constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(field.title() + " \"" + text + "\" is not one of "
                + java.util.Arrays.stream(type.getEnumConstants()).map(LayerFields::name).toList());
    }

    /** "relu", "same": how Keras writes them. */
    public static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }
}
