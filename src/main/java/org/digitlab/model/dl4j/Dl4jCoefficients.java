package org.digitlab.model.dl4j;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.nio.ByteBuffer;
import java.util.Set;

/**
 * Reads {@code coefficients.bin}, the flat weight vector DL4J writes with {@code Nd4j.write}: a
 * buffer of shape information, then the data buffer; each buffer is its allocation mode, a length
 * and a type name ({@code writeUTF}) followed by the values, big-endian.
 *
 * <p>The format is parsed here in plain Java, with every length checked against what the spec
 * says, instead of by {@code Nd4j.read}, which trusts the lengths in the file and asks the native
 * allocator for whatever they say: a few bytes claiming 2^40 values crash the JVM. Public and
 * free of ND4J types so that the fuzz tests can call it with arbitrary bytes.
 */
public final class Dl4jCoefficients {

    private static final Set<String> SHAPE_TYPES = Set.of("LONG", "INT");
    private static final int MAX_RANK = 2;
    private static final int SHAPE_INFO_EXTRA = 4; // rank, extras, element-wise stride, order
    private static final int MAX_NAME_BYTES = 64;

    private Dl4jCoefficients() {
    }

    /**
     * The weights, exactly {@code expectedCount} floats.
     *
     * @throws IOException in words: truncated, a count other than {@code expectedCount}, not FLOAT
     */
    public static float[] parse(byte[] bytes, long expectedCount) throws IOException {
        if (expectedCount < 0 || expectedCount > Integer.MAX_VALUE - 8) {
            throw new IOException("the network would have " + expectedCount + " weights, more than a model can hold");
        }
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            checkShapeInfo(in, expectedCount);
            name(in); // allocation mode of the data buffer
            long length = in.readLong();
            String type = name(in);
            if (length != expectedCount) {
                throw new IOException("they hold " + length + " values but the network has " + expectedCount
                        + " parameters");
            }
            if (!"FLOAT".equals(type)) {
                throw new IOException("they are stored as " + type + "; Digit Lab models store FLOAT");
            }
            int offset = bytes.length - in.available();
            long remaining = bytes.length - (long) offset;
            if (remaining != length * Float.BYTES) {
                throw new IOException(remaining < length * Float.BYTES
                        ? "the file ends before the last of its " + length + " weights (truncated)"
                        : "there are " + (remaining - length * Float.BYTES) + " stray bytes after the weights");
            }
            float[] values = new float[(int) length];
            ByteBuffer.wrap(bytes, offset, (int) remaining).asFloatBuffer().get(values);
            return values;
        } catch (EOFException | UTFDataFormatException e) {
            throw new IOException("the file ends in the middle of its header (truncated or not DL4J weights)", e);
        }
    }

    /** The shape buffer: a vector (or 1×n row) of the expected length; its values are not used. */
    private static void checkShapeInfo(DataInputStream in, long expectedCount) throws IOException {
        name(in);
        long length = in.readLong();
        String type = name(in);
        if (!SHAPE_TYPES.contains(type) || length < 2 + SHAPE_INFO_EXTRA
                || length > 2L * MAX_RANK + SHAPE_INFO_EXTRA) {
            throw new IOException("their header is not DL4J's (shape of " + length + " " + type + " values)");
        }
        long[] info = new long[(int) length];
        for (int i = 0; i < info.length; i++) {
            info[i] = "LONG".equals(type) ? in.readLong() : in.readInt();
        }
        long rank = info[0];
        if (rank < 1 || rank > MAX_RANK || length != 2 * rank + SHAPE_INFO_EXTRA) {
            throw new IOException("their header is not DL4J's (rank " + rank + ")");
        }
        long count = 1;
        for (int i = 1; i <= rank; i++) {
            count *= Math.max(0, Math.min(info[i], Integer.MAX_VALUE));
        }
        if (count != expectedCount) {
            throw new IOException("their shape holds " + count + " values but the network has " + expectedCount
                    + " parameters");
        }
    }

    private static String name(DataInputStream in) throws IOException {
        in.mark(2);
        int length = in.readUnsignedShort();
        if (length > MAX_NAME_BYTES) {
            throw new IOException("their header is not DL4J's (a name of " + length + " bytes)");
        }
        in.reset();
        return in.readUTF();
    }
}
