package org.digitlab.data.collected;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.digitlab.data.IdxReader;

/**
 * The four files of a collected set, the same in its folder and in its exported zip:
 * {@value #SET} (name, format, count), {@value #DRAWINGS} (every drawing's label, writer, time and
 * strokes), and MNIST's IDX pair {@value #IMAGES} and {@value #LABELS} (the preprocessed 28×28
 * images, in the drawings' order), so that any MNIST reader opens the images too.
 *
 * <p>Reading checks everything before anything is used: sizes within {@link #MAX_BYTES}, the IDX
 * headers, counts that agree, labels that are digits and equal in both files, strokes within
 * {@link #MAX_STROKES} and {@link #MAX_POINTS}; each refusal names the file and what is wrong.
 */
public final class CollectedSetFormat {

    public static final String SET = "set.json";
    public static final String DRAWINGS = "drawings.json";
    public static final String IMAGES = "images-idx3-ubyte";
    public static final String LABELS = "labels-idx1-ubyte";
    /** Every file of a set, in the order they are written. */
    public static final List<String> FILES = List.of(SET, DRAWINGS, IMAGES, LABELS);
    /** What {@value #SET} says a set is, so that another JSON file is not taken for one. */
    public static final String FORMAT = "digitlab-drawn-digits";
    public static final int VERSION = 1;

    /** Strokes of one drawing: a digit has a handful; an eraser scribble a few dozen. */
    public static final int MAX_STROKES = 500;
    /** Points of one drawing, all strokes together. */
    public static final int MAX_POINTS = 20_000;
    /** Largest file of each kind read: a full set's strokes fit the JSON ceiling with room to spare. */
    public static final Map<String, Long> MAX_BYTES = Map.of(
            SET, 64L * 1024,
            DRAWINGS, 120L * 1024 * 1024,
            IMAGES, 16L + (long) CollectedSet.MAX_DRAWINGS * CollectedSet.SIDE * CollectedSet.SIDE,
            LABELS, 8L + CollectedSet.MAX_DRAWINGS);

    private static final int IMAGE_HEADER = 16;
    private static final int LABEL_HEADER = 8;
    private static final int UNSIGNED = 0xFF;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16)
                            .maxStringLength(1024).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    /** {@value #SET}. */
    record SetJson(String format, int version, String name, int drawings) {
    }

    /** One drawing in {@value #DRAWINGS}. */
    record DrawingJson(int label, String writer, String drawn, List<StrokeJson> strokes) {
    }

    /** One stroke in {@value #DRAWINGS}. */
    record StrokeJson(double width, boolean eraser, double[] x, double[] y) {
    }

    private CollectedSetFormat() {
    }

    /** The four files' bytes, by name. */
    public static Map<String, byte[]> encode(CollectedSet set) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(SET, MAPPER.writeValueAsBytes(new SetJson(FORMAT, VERSION, set.name(), set.size())));
        List<DrawingJson> drawings = new ArrayList<>();
        for (Drawing d : set.drawings()) {
            List<StrokeJson> strokes = d.strokes().stream()
                    .map(s -> new StrokeJson(s.width(), s.eraser(), s.x(), s.y())).toList();
            drawings.add(new DrawingJson(d.label(), d.writer(), d.drawn().toString(), strokes));
        }
        files.put(DRAWINGS, MAPPER.writeValueAsBytes(drawings));
        byte[] labels = new byte[set.size()];
        ByteBuffer images = ByteBuffer.allocate(IMAGE_HEADER + set.size() * CollectedSet.SIDE * CollectedSet.SIDE);
        images.putInt(IdxReader.IMAGE_MAGIC).putInt(set.size()).putInt(CollectedSet.SIDE).putInt(CollectedSet.SIDE);
        for (int i = 0; i < set.size(); i++) {
            images.put(set.drawings().get(i).image());
            labels[i] = (byte) set.drawings().get(i).label();
        }
        files.put(IMAGES, images.array());
        files.put(LABELS, ByteBuffer.allocate(LABEL_HEADER + labels.length).putInt(IdxReader.LABEL_MAGIC)
                .putInt(labels.length).put(labels).array());
        return files;
    }

    /**
     * A set from its four files.
     *
     * @param where what the messages call the files' container: "class.zip" or the set's folder
     * @param id the id the set gets (its folder's name, or the one its name gives for an import)
     */
    public static CollectedSet decode(String where, Map<String, byte[]> files, String id) throws IOException {
        for (String name : FILES) {
            if (!files.containsKey(name)) {
                throw new CollectedSetException(where, "has no " + name + "; a collected set has "
                        + String.join(", ", FILES));
            }
        }
        SetJson header = readJson(where, SET, files.get(SET), SetJson.class);
        if (!FORMAT.equals(header.format()) || header.version() != VERSION) {
            throw new CollectedSetException(where + ": " + SET, "is not a set of drawn digits of this version"
                    + " (format \"" + header.format() + "\", version " + header.version() + "; expected \"" + FORMAT
                    + "\", version " + VERSION + ")");
        }
        String name;
        try {
            name = CollectedSet.checkName(header.name());
        } catch (IllegalArgumentException e) {
            throw new CollectedSetException(where + ": " + SET, e.getMessage());
        }
        DrawingJson[] drawings = readJson(where, DRAWINGS, files.get(DRAWINGS), DrawingJson[].class);
        int count = drawings.length;
        if (count != header.drawings() || count > CollectedSet.MAX_DRAWINGS) {
            throw new CollectedSetException(where + ": " + DRAWINGS, "holds " + count + " drawings but " + SET
                    + " says " + header.drawings() + (count > CollectedSet.MAX_DRAWINGS
                    ? "; a set keeps at most " + CollectedSet.MAX_DRAWINGS : ""));
        }
        byte[] images = idxImages(where, files.get(IMAGES), count);
        byte[] labels = idxLabels(where, files.get(LABELS), count);
        List<Drawing> result = new ArrayList<>(count);
        int n = CollectedSet.SIDE * CollectedSet.SIDE;
        for (int i = 0; i < count; i++) {
            String at = where + ": " + DRAWINGS + ": drawing " + (i + 1);
            DrawingJson d = drawings[i];
            if (d == null) {
                throw new CollectedSetException(at, "is empty (null)");
            }
            if ((labels[i] & UNSIGNED) != d.label()) {
                throw new CollectedSetException(at, "has label " + d.label() + " but " + LABELS + " says "
                        + (labels[i] & UNSIGNED) + " for image " + (i + 1));
            }
            result.add(drawing(at, d, Arrays.copyOfRange(images, IMAGE_HEADER + i * n, IMAGE_HEADER + (i + 1) * n)));
        }
        return new CollectedSet(id, name, result);
    }

    /** Reads only {@value #SET}: the name and size a listing shows. */
    static SetJson header(String where, byte[] setJson) throws IOException {
        return readJson(where, SET, setJson, SetJson.class);
    }

    private static Drawing drawing(String at, DrawingJson d, byte[] image) throws CollectedSetException {
        if (d.strokes() == null || d.strokes().isEmpty()) {
            throw new CollectedSetException(at, "has no strokes");
        }
        if (d.strokes().size() > MAX_STROKES) {
            throw new CollectedSetException(at, "has " + d.strokes().size() + " strokes; a drawing has at most "
                    + MAX_STROKES);
        }
        int points = 0;
        List<DrawnStroke> strokes = new ArrayList<>();
        try {
            for (StrokeJson s : d.strokes()) {
                if (s == null || s.x() == null || s.y() == null) {
                    throw new IllegalArgumentException("a stroke lacks its x or y points");
                }
                points += s.x().length;
                if (points > MAX_POINTS) {
                    throw new IllegalArgumentException("has more than " + MAX_POINTS + " points");
                }
                strokes.add(new DrawnStroke(s.x(), s.y(), s.width(), s.eraser()));
            }
            Instant drawn = d.drawn() == null ? Instant.EPOCH : Instant.parse(d.drawn());
            return new Drawing(d.label(), d.writer(), drawn, strokes, image);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new CollectedSetException(at, e.getMessage());
        }
    }

    private static <T> T readJson(String where, String file, byte[] bytes, Class<T> type) throws IOException {
        try {
            T value = MAPPER.readValue(bytes, type);
            if (value == null) {
                throw new CollectedSetException(where + ": " + file, "is empty (null)");
            }
            return value;
        } catch (JsonProcessingException e) {
            String reason = e.getOriginalMessage().lines().findFirst().orElse("unreadable");
            throw new CollectedSetException(where + ": " + file, "is not valid (" + reason + ")");
        }
    }

    private static byte[] idxImages(String where, byte[] bytes, int count) throws CollectedSetException {
        String at = where + ": " + IMAGES;
        long expected = IMAGE_HEADER + (long) count * CollectedSet.SIDE * CollectedSet.SIDE;
        if (bytes.length < IMAGE_HEADER) {
            throw new CollectedSetException(at, "is truncated: " + bytes.length + " bytes, not even the header");
        }
        ByteBuffer header = ByteBuffer.wrap(bytes);
        int magic = header.getInt();
        int images = header.getInt();
        int rows = header.getInt();
        int cols = header.getInt();
        if (magic != IdxReader.IMAGE_MAGIC) {
            throw new CollectedSetException(at, String.format("is not an IDX image file (magic 0x%08X)", magic));
        }
        if (images != count || rows != CollectedSet.SIDE || cols != CollectedSet.SIDE) {
            throw new CollectedSetException(at, "holds " + images + " images of " + rows + "x" + cols + "; expected "
                    + count + " of " + CollectedSet.SIDE + "x" + CollectedSet.SIDE);
        }
        if (bytes.length != expected) {
            throw new CollectedSetException(at, (bytes.length < expected ? "is truncated: " : "has trailing bytes: ")
                    + bytes.length + " bytes, expected " + expected);
        }
        return bytes;
    }

    private static byte[] idxLabels(String where, byte[] bytes, int count) throws CollectedSetException {
        String at = where + ": " + LABELS;
        if (bytes.length < LABEL_HEADER) {
            throw new CollectedSetException(at, "is truncated: " + bytes.length + " bytes, not even the header");
        }
        ByteBuffer header = ByteBuffer.wrap(bytes);
        int magic = header.getInt();
        int labels = header.getInt();
        if (magic != IdxReader.LABEL_MAGIC) {
            throw new CollectedSetException(at, String.format("is not an IDX label file (magic 0x%08X)", magic));
        }
        if (labels != count || bytes.length != LABEL_HEADER + (long) count) {
            throw new CollectedSetException(at, "holds " + labels + " labels in " + bytes.length + " bytes; expected "
                    + count + " labels in " + (LABEL_HEADER + count) + " bytes");
        }
        byte[] result = Arrays.copyOfRange(bytes, LABEL_HEADER, bytes.length);
        for (int i = 0; i < result.length; i++) {
            if ((result[i] & UNSIGNED) >= Drawing.DIGITS) {
                throw new CollectedSetException(at, "label " + (result[i] & UNSIGNED) + " of image " + (i + 1)
                        + " is not a digit 0 to 9");
            }
        }
        return result;
    }
}
