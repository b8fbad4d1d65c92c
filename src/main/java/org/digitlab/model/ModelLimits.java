package org.digitlab.model;

import java.util.Locale;

/**
 * Ceilings on what Digit Lab builds and trains, checked before any engine allocates memory.
 *
 * <p>Each sits far above anything a classroom builds (the largest preset has 1.7 M parameters;
 * the largest activations, cnn-3conv-uncentered's at its batch of 256, take 183 MB) and far below
 * what crashes a 4 GB laptop: the engine allocates native memory without asking the JVM, so a
 * layer of 2,000,000,000 units would not fail with an exception but kill the process.
 */
public final class ModelLimits {

    /** 100 M parameters: 400 MB of weights, ~1.2 GB with Adam's two moments beside them. */
    public static final long MAX_PARAMS = 100_000_000L;
    /** The layer outputs of one batch, as 4-byte floats, summed over the layers: 1 GiB. */
    public static final long MAX_ACTIVATION_BYTES = 1L << 30;
    /** An input or layer image side; MNIST is 28, the uncentered lesson 56. */
    public static final int MAX_IMAGE_SIDE = 4096;
    /** Gray, RGB or RGBA. */
    public static final int MAX_INPUT_CHANNELS = 4;
    /** A full MNIST epoch on a slow laptop takes minutes: 10,000 of them is weeks. */
    public static final int MAX_EPOCHS = 10_000;
    /** Larger than any training set Digit Lab knows (60,000), so one batch can be the whole set. */
    public static final int MAX_BATCH = 65_536;
    /** Bytes per parameter or activation value: the engine trains in 32-bit floats. */
    public static final int BYTES_PER_VALUE = 4;

    private ModelLimits() {
    }

    /** {@code a × b}, or {@link Long#MAX_VALUE} where it would overflow; both are non-negative. */
    static long times(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException overflow) {
            return Long.MAX_VALUE;
        }
    }

    /** {@code a + b}, or {@link Long#MAX_VALUE} where it would overflow; both are non-negative. */
    static long plus(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    /** "1.2 GB", "340 MB", "12 kB": a size in words a student reads. */
    public static String bytes(long bytes) {
        if (bytes >= 1_000_000_000L) {
            return bytes == Long.MAX_VALUE ? "more than 9 EB"
                    : String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
        }
        if (bytes >= 1_000_000) {
            return String.format(Locale.ROOT, "%d MB", Math.round(bytes / 1e6));
        }
        return String.format(Locale.ROOT, "%d kB", Math.max(1, Math.round(bytes / 1e3)));
    }
}
