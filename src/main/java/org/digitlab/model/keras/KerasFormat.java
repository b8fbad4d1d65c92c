package org.digitlab.model.keras;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.digitlab.model.ModelFileException;

/**
 * The Keras files Digit Lab imports, told apart by name and first bytes, with the limits checked
 * before anything is read: {@code model.save('m.h5')} of Keras 2 and of Keras 3 (HDF5; the
 * version is in the file) and Keras 3's own {@code .keras} zip.
 */
public enum KerasFormat {
    /** An HDF5 file: Keras 1/2 or Keras 3's legacy format; the file's keras_version says which. */
    HDF5("Keras HDF5"),
    /** Keras 3's zip of config.json, metadata.json and model.weights.h5. */
    KERAS_ZIP("Keras 3 .keras zip");

    /** A Keras MNIST model is a few MB; 400 MB is 100 million weights, as for Digit Lab's own files. */
    public static final long MAX_FILE_BYTES = 400_000_000L;
    /** The model configuration JSON (a few KB for a Sequential model). */
    public static final long MAX_CONFIG_BYTES = 4_000_000L;
    /** Sequential models in the notebooks have 4-15 layers. */
    public static final int MAX_LAYERS = 200;

    /** HDF5's signature; its superblock is at 0 or at 512, 1024, 2048... after a user block. */
    private static final byte[] HDF5_SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};
    private static final int[] HDF5_SIGNATURE_OFFSETS = {0, 512, 1024, 2048};
    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};

    private final String description;

    KerasFormat(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** Whether the name says Keras: {@code .h5}, {@code .hdf5} or {@code .keras}. */
    public static boolean isKerasName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".h5") || name.endsWith(".hdf5") || name.endsWith(".keras");
    }

    /**
     * The file's format from its first bytes, after checking that it is a readable file within
     * {@link #MAX_FILE_BYTES}.
     *
     * @throws ModelFileException naming the file: missing, too large, or neither HDF5 nor a zip
     */
    public static KerasFormat of(Path file) throws ModelFileException {
        if (!Files.isRegularFile(file)) {
            throw new ModelFileException(file, Files.isDirectory(file) ? "a folder, not a Keras model file"
                    : "no such file");
        }
        byte[] head = new byte[HDF5_SIGNATURE_OFFSETS[HDF5_SIGNATURE_OFFSETS.length - 1] + HDF5_SIGNATURE.length];
        int read;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new ModelFileException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
        if (size > MAX_FILE_BYTES) {
            throw new ModelFileException(file, String.format(Locale.ROOT, "it is %,d bytes, more than the %d MB a"
                    + " model may have; refused unread", size, MAX_FILE_BYTES / 1_000_000));
        }
        if (startsWith(head, read, 0, ZIP_SIGNATURE)) {
            return KERAS_ZIP;
        }
        for (int offset : HDF5_SIGNATURE_OFFSETS) {
            if (startsWith(head, read, offset, HDF5_SIGNATURE)) {
                return HDF5;
            }
        }
        throw new ModelFileException(file, "not a Keras model file: it is neither HDF5 (model.save('m.h5'))"
                + " nor a .keras zip" + (read == 0 ? " (it is empty)" : ""));
    }

    private static boolean startsWith(byte[] head, int read, int offset, byte[] signature) {
        return read >= offset + signature.length
                && Arrays.equals(head, offset, offset + signature.length, signature, 0, signature.length);
    }
}
