package org.digitlab.model.keras;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.regex.Pattern;
import org.digitlab.model.Activation;
import org.digitlab.model.LayerSpec;
import org.digitlab.model.Padding;

/**
 * One Keras layer's configuration to one Digit Lab layer, refusing, with the layer's name and the
 * setting, whatever Digit Lab would compute differently: dilations, groups, channels-first data,
 * "same" pooling, a batch normalization over another axis or with another epsilon.
 */
final class KerasLayers {

    static final String SUPPORTED = "Dense, Conv2D, MaxPooling2D, AveragePooling2D, Flatten, Dropout,"
            + " Activation, ReLU, Softmax, BatchNormalization, ZeroPadding2D and InputLayer";
    /** Keras' BatchNormalization epsilon, which Digit Lab's batch normalization uses. */
    static final double KERAS_BATCH_NORM_EPSILON = 1e-3;
    private static final Pattern WORD_BOUNDARY = Pattern.compile("(.)([A-Z][a-z]+)");
    private static final Pattern CASE_BOUNDARY = Pattern.compile("([a-z])([A-Z])");

    private KerasLayers() {
    }

    /** A layer Digit Lab cannot import: the message names it and says what is not supported. */
    static final class Unsupported extends Exception {
        Unsupported(String name, String kerasClass, String what) {
            super("layer '" + name + "' (" + kerasClass + ") " + what);
        }
    }

    /** keras.src.utils.naming.to_snake_case: "MaxPooling2D" → "max_pooling2d", "ReLU" → "re_lu". */
    static String snakeCase(String className) {
        String name = className.replaceAll("\\W+", "");
        name = WORD_BOUNDARY.matcher(name).replaceAll("$1_$2");
        return CASE_BOUNDARY.matcher(name).replaceAll("$1_$2").toLowerCase(Locale.ROOT);
    }

    static LayerSpec toSpec(String kerasClass, String name, JsonNode config) throws Unsupported {
        Layer layer = new Layer(kerasClass, name, config);
        return switch (kerasClass) {
            case "Dense" -> new LayerSpec.Dense(layer.positive("units"), layer.activation("activation"));
            case "Conv2D", "Convolution2D" -> conv(layer);
            case "MaxPooling2D", "MaxPool2D" -> {
                int[] pool = layer.pool();
                yield new LayerSpec.MaxPool(pool[0], pool[1], pool[2], pool[3]);
            }
            case "AveragePooling2D", "AvgPool2D" -> {
                int[] pool = layer.pool();
                yield new LayerSpec.AvgPool(pool[0], pool[1], pool[2], pool[3]);
            }
            case "Flatten" -> {
                layer.channelsLast();
                yield new LayerSpec.Flatten();
            }
            case "Dropout" -> new LayerSpec.Dropout(layer.rate());
            case "Activation" -> new LayerSpec.ActivationLayer(layer.activation("activation"));
            case "ReLU" -> {
                layer.requireAbsentOrZero("negative_slope", "a leaky ReLU");
                layer.requireAbsentOrZero("threshold", "a ReLU with a threshold");
                if (config.hasNonNull("max_value")) {
                    throw layer.unsupported("has a max_value (a capped ReLU); Digit Lab's ReLU is not capped");
                }
                yield new LayerSpec.ActivationLayer(Activation.RELU);
            }
            case "Softmax" -> new LayerSpec.ActivationLayer(Activation.SOFTMAX);
            case "BatchNormalization" -> batchNorm(layer);
            case "ZeroPadding2D" -> new LayerSpec.ZeroPadding(layer.symmetricPadding());
            default -> throw layer.unsupported("is not supported: Digit Lab imports " + SUPPORTED);
        };
    }

    private static LayerSpec conv(Layer layer) throws Unsupported {
        layer.channelsLast();
        int[] kernel = layer.pair("kernel_size", null);
        int[] strides = layer.pair("strides", new int[] {1, 1});
        int[] dilation = layer.pair("dilation_rate", new int[] {1, 1});
        if (dilation[0] != 1 || dilation[1] != 1) {
            throw layer.unsupported("has dilation_rate " + dilation[0] + "×" + dilation[1]
                    + "; Digit Lab's convolutions are not dilated");
        }
        if (layer.config.path("groups").asInt(1) != 1) {
            throw layer.unsupported("has groups " + layer.config.get("groups") + "; Digit Lab convolves all channels");
        }
        String padding = layer.config.path("padding").asText("valid").toLowerCase(Locale.ROOT);
        if (!padding.equals("valid") && !padding.equals("same")) {
            throw layer.unsupported("has padding '" + padding + "'; Digit Lab supports 'valid' and 'same'");
        }
        return new LayerSpec.Conv2D(layer.positive("filters"), kernel[0], kernel[1], strides[0], strides[1],
                padding.equals("same") ? Padding.SAME : Padding.VALID, layer.activation("activation"));
    }

    private static LayerSpec batchNorm(Layer layer) throws Unsupported {
        JsonNode axis = layer.config.path("axis");
        int value = axis.isArray() && axis.size() == 1 ? axis.get(0).asInt() : axis.isInt() ? axis.asInt() : -1;
        // Sequential models normalise the last axis: -1, 3 for images or 1 for flat vectors.
        if (axis.isArray() && axis.size() != 1 || value != -1 && value != 3 && value != 1) {
            throw layer.unsupported("normalises axis " + axis + "; Digit Lab normalises the last axis (channels)");
        }
        double epsilon = layer.config.path("epsilon").asDouble(KERAS_BATCH_NORM_EPSILON);
        if (Math.abs(epsilon - KERAS_BATCH_NORM_EPSILON) > 1e-9) {
            throw layer.unsupported("has epsilon " + epsilon + "; Digit Lab's batch normalization uses Keras'"
                    + " default, 0.001, and the predictions would differ");
        }
        return new LayerSpec.BatchNorm();
    }

    /** A Keras layer's configuration, read with the layer's name at hand for messages. */
    private record Layer(String kerasClass, String name, JsonNode config) {

        Unsupported unsupported(String what) {
            return new Unsupported(name, kerasClass, what);
        }

        Activation activation(String key) throws Unsupported {
            JsonNode node = config.path(key);
            if (node.isMissingNode() || node.isNull()) {
                return Activation.LINEAR;
            }
            if (!node.isTextual()) {
                throw unsupported("has a custom activation " + node + "; Digit Lab supports relu, tanh, sigmoid,"
                        + " softmax and linear");
            }
            return switch (node.asText().toLowerCase(Locale.ROOT)) {
                case "relu" -> Activation.RELU;
                case "tanh" -> Activation.TANH;
                case "sigmoid" -> Activation.SIGMOID;
                case "softmax" -> Activation.SOFTMAX;
                case "linear" -> Activation.LINEAR;
                default -> throw unsupported("has activation '" + node.asText() + "', which is not supported:"
                        + " Digit Lab supports relu, tanh, sigmoid, softmax and linear");
            };
        }

        int positive(String key) throws Unsupported {
            JsonNode node = config.path(key);
            if (!node.canConvertToInt() || node.asInt() < 1) {
                throw unsupported("has " + key + " " + node + "; a positive whole number is needed");
            }
            return node.asInt();
        }

        double rate() throws Unsupported {
            double rate = config.path("rate").asDouble(-1);
            if (!(rate >= 0 && rate < 1)) {
                throw unsupported("has rate " + config.path("rate") + "; a dropout rate is in [0, 1)");
            }
            return rate;
        }

        void channelsLast() throws Unsupported {
            String format = config.path("data_format").asText("channels_last");
            if (!format.equals("channels_last") && !format.equals("null")) {
                throw unsupported("has data_format '" + format + "'; Digit Lab reads channels_last models only");
            }
        }

        /** (height, width) from an int or a pair; {@code fallback} where the key is absent or null. */
        int[] pair(String key, int[] fallback) throws Unsupported {
            JsonNode node = config.path(key);
            if ((node.isMissingNode() || node.isNull()) && fallback != null) {
                return fallback;
            }
            if (node.canConvertToInt() && node.asInt() >= 1) {
                return new int[] {node.asInt(), node.asInt()};
            }
            if (node.isArray() && node.size() == 2 && node.get(0).canConvertToInt() && node.get(1).canConvertToInt()
                    && node.get(0).asInt() >= 1 && node.get(1).asInt() >= 1) {
                return new int[] {node.get(0).asInt(), node.get(1).asInt()};
            }
            throw unsupported("has " + key + " " + node + "; two positive whole numbers are needed");
        }

        /** pool height, width, stride height, width; "valid" padding only. */
        int[] pool() throws Unsupported {
            channelsLast();
            String padding = config.path("padding").asText("valid").toLowerCase(Locale.ROOT);
            if (!padding.equals("valid")) {
                throw unsupported("pools with padding '" + padding + "'; Digit Lab pools with 'valid' padding only");
            }
            int[] size = pair("pool_size", new int[] {2, 2});
            int[] strides = pair("strides", size);
            return new int[] {size[0], size[1], strides[0], strides[1]};
        }

        void requireAbsentOrZero(String key, String what) throws Unsupported {
            JsonNode node = config.path(key);
            if (!node.isMissingNode() && !node.isNull() && node.asDouble() != 0) {
                throw unsupported("is " + what + " (" + key + " " + node + "); Digit Lab's ReLU is the plain one");
            }
        }

        /** ZeroPadding2D with the same padding on every side. */
        int symmetricPadding() throws Unsupported {
            channelsLast();
            JsonNode node = config.path("padding");
            java.util.List<Integer> values = new java.util.ArrayList<>();
            collectInts(node, values);
            if (values.isEmpty() || values.stream().distinct().count() != 1 || values.get(0) < 0) {
                throw unsupported("pads " + node + "; Digit Lab pads every side by the same amount");
            }
            return values.get(0);
        }

        private static void collectInts(JsonNode node, java.util.List<Integer> into) {
            if (node.canConvertToInt()) {
                into.add(node.asInt());
            } else if (node.isArray()) {
                node.forEach(child -> collectInts(child, into));
            }
        }
    }
}
