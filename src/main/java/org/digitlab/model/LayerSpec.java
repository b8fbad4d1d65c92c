package org.digitlab.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Objects;

/**
 * One layer of a sequential network, described the way a Keras {@code model.add(...)} line does.
 *
 * <p>The records hold values only; whether a stack of them makes sense (kernels that fit, a
 * Flatten before Dense, ...) is decided by {@link ModelSummary#validate(ArchitectureSpec)} so that
 * the UI can show every problem at once instead of failing on the first constructor call.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = LayerSpec.Dense.class, name = "Dense"),
    @JsonSubTypes.Type(value = LayerSpec.Conv2D.class, name = "Conv2D"),
    @JsonSubTypes.Type(value = LayerSpec.MaxPool.class, name = "MaxPooling2D"),
    @JsonSubTypes.Type(value = LayerSpec.AvgPool.class, name = "AveragePooling2D"),
    @JsonSubTypes.Type(value = LayerSpec.ZeroPadding.class, name = "ZeroPadding2D"),
    @JsonSubTypes.Type(value = LayerSpec.Dropout.class, name = "Dropout"),
    @JsonSubTypes.Type(value = LayerSpec.BatchNorm.class, name = "BatchNormalization"),
    @JsonSubTypes.Type(value = LayerSpec.ActivationLayer.class, name = "Activation"),
    @JsonSubTypes.Type(value = LayerSpec.Flatten.class, name = "Flatten"),
    @JsonSubTypes.Type(value = LayerSpec.Output.class, name = "Output")
})
public sealed interface LayerSpec {

    /** The Keras class name shown in summaries ("Conv2D", "MaxPooling2D", ...). */
    String kind();

    /** A fully connected hidden layer; needs a flat input, as in Keras. */
    record Dense(int units, Activation activation) implements LayerSpec {
        public Dense {
            Objects.requireNonNull(activation, "activation");
        }

        @Override
        public String kind() {
            return "Dense";
        }
    }

    /** A 2-D convolution over channels-last images. */
    record Conv2D(int filters, int kernelH, int kernelW, int strideH, int strideW, Padding padding,
                  Activation activation) implements LayerSpec {
        public Conv2D {
            Objects.requireNonNull(padding, "padding");
            Objects.requireNonNull(activation, "activation");
        }

        /** Square kernel, stride 1, "valid" padding: Keras' defaults. */
        public static Conv2D of(int filters, int kernel, Activation activation) {
            return new Conv2D(filters, kernel, kernel, 1, 1, Padding.VALID, activation);
        }

        /** Square kernel, stride 1, the given padding. */
        public static Conv2D of(int filters, int kernel, Padding padding, Activation activation) {
            return new Conv2D(filters, kernel, kernel, 1, 1, padding, activation);
        }

        /** The same convolution with another activation. */
        public Conv2D withActivation(Activation newActivation) {
            return new Conv2D(filters, kernelH, kernelW, strideH, strideW, padding, newActivation);
        }

        @Override
        public String kind() {
            return "Conv2D";
        }
    }

    /** Max pooling, always "valid" padding. */
    record MaxPool(int poolH, int poolW, int strideH, int strideW) implements LayerSpec {
        /** Square pool whose stride is its size: Keras' default. */
        public static MaxPool of(int pool) {
            return new MaxPool(pool, pool, pool, pool);
        }

        @Override
        public String kind() {
            return "MaxPooling2D";
        }
    }

    /** Average pooling, always "valid" padding. */
    record AvgPool(int poolH, int poolW, int strideH, int strideW) implements LayerSpec {
        /** Square pool whose stride is its size: Keras' default. */
        public static AvgPool of(int pool) {
            return new AvgPool(pool, pool, pool, pool);
        }

        /** Square pool with its own stride (notebook 003's LeNet-5 pools 2×2 with stride 1). */
        public static AvgPool of(int pool, int stride) {
            return new AvgPool(pool, pool, stride, stride);
        }

        @Override
        public String kind() {
            return "AveragePooling2D";
        }
    }

    /** Zeros added on every side, e.g. 2 to turn 28×28 into the classic LeNet's 32×32. */
    record ZeroPadding(int pad) implements LayerSpec {
        @Override
        public String kind() {
            return "ZeroPadding2D";
        }
    }

    /** Keras semantics: {@code rate} is the fraction of activations DROPPED while training. */
    record Dropout(double rate) implements LayerSpec {
        @Override
        public String kind() {
            return "Dropout";
        }
    }

    /** Batch normalization over the last axis (channels, or units of a flat input). */
    record BatchNorm() implements LayerSpec {
        @Override
        public String kind() {
            return "BatchNormalization";
        }
    }

    /** A separate activation, as notebooks 000 and 002 write it after pools and batch norm. */
    record ActivationLayer(Activation activation) implements LayerSpec {
        public ActivationLayer {
            Objects.requireNonNull(activation, "activation");
        }

        @Override
        public String kind() {
            return "Activation";
        }
    }

    /** Turns an image into a vector; required before the first Dense. */
    record Flatten() implements LayerSpec {
        @Override
        public String kind() {
            return "Flatten";
        }
    }

    /**
     * The final, classifying Dense layer. Its loss is not part of the layer: it comes from
     * {@link TrainingSettings#loss()}, so that a lesson can swap MSE for cross-entropy in one place.
     */
    record Output(int units, Activation activation) implements LayerSpec {
        public Output {
            Objects.requireNonNull(activation, "activation");
        }

        /** The usual classifier head: {@code units} outputs with softmax. */
        public static Output softmax(int units) {
            return new Output(units, Activation.SOFTMAX);
        }

        @Override
        public String kind() {
            return "Dense";
        }
    }
}
