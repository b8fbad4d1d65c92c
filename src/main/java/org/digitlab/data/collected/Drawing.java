package org.digitlab.data.collected;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One drawn digit of a collected set.
 *
 * @param label the digit the writer was asked for (or chose), 0..9
 * @param writer who drew it, or "" when no name was given
 * @param drawn when it was kept
 * @param strokes the drawing as recorded: its full resolution
 * @param image the {@link CollectedSet#SIDE}² pixels MNIST's preprocessing made of it (0 paper,
 *     255 ink), as the Draw view's model read it
 */
public record Drawing(int label, String writer, Instant drawn, List<DrawnStroke> strokes, byte[] image) {

    /** Number of classes: the ten digits. */
    public static final int DIGITS = 10;
    /** Longest writer's name kept; a longer one is cut (it is a label, not a text). */
    public static final int MAX_WRITER = 40;

    public Drawing {
        if (label < 0 || label >= DIGITS) {
            throw new IllegalArgumentException("a drawing's label must be a digit 0 to 9, got " + label);
        }
        writer = writer == null ? "" : writer.strip();
        if (writer.length() > MAX_WRITER) {
            writer = writer.substring(0, MAX_WRITER);
        }
        Objects.requireNonNull(drawn, "drawn");
        strokes = List.copyOf(strokes);
        if (strokes.isEmpty()) {
            throw new IllegalArgumentException("a drawing needs at least one stroke");
        }
        Objects.requireNonNull(image, "image");
        if (image.length != CollectedSet.SIDE * CollectedSet.SIDE) {
            throw new IllegalArgumentException("a drawing's image must have " + CollectedSet.SIDE * CollectedSet.SIDE
                    + " pixels, got " + image.length);
        }
        image = image.clone();
    }

    @Override
    public byte[] image() {
        return image.clone();
    }

    /** Whether a writer's name was given. */
    public boolean hasWriter() {
        return !writer.isEmpty();
    }

    /**
     * What makes this drawing the same drawing on another laptop: a hash of its strokes (points,
     * widths, tools), whatever its label, writer or time. Importing a set twice adds nothing.
     */
    public String id() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            ByteBuffer number = ByteBuffer.allocate(Double.BYTES);
            for (DrawnStroke stroke : strokes) {
                sha.update((stroke.eraser() ? "e" : "p").getBytes(StandardCharsets.US_ASCII));
                sha.update(number.clear().putDouble(stroke.width()).array());
                for (int i = 0; i < stroke.size(); i++) {
                    sha.update(number.clear().putDouble(stroke.xAt(i)).array());
                    sha.update(number.clear().putDouble(stroke.yAt(i)).array());
                }
            }
            return HexFormat.of().formatHex(sha.digest(), 0, ID_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** 16 bytes of SHA-256: no two drawings of a class share them by chance. */
    private static final int ID_BYTES = 16;
}
