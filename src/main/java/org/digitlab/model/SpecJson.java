package org.digitlab.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import org.digitlab.data.AtomicFiles;
import org.digitlab.data.BoundedReads;

/**
 * Architecture specs as pretty JSON, the form saved beside a trained model and shared by users.
 *
 * <p>Reading is strict (unknown fields, missing fields and nulls are errors) because a silently
 * defaulted field, say {@code "filters"} mistyped as {@code "filter"}, would build a different
 * network from the one the file describes.
 */
public final class SpecJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** Spec files larger than this are refused unread; the presets' are 2-5 KB. */
    public static final int MAX_FILE_BYTES = 1_000_000;

    /** Training fields added after the first release, with the value that means "off". */
    private static final Map<String, Object> OPTIONAL_TRAINING_FIELDS = Map.of(
            "learningRateDecay", 0, "shiftAugmentation", 0, "strokeAugmentation", false,
            "augmentation", Augmentation.NONE.jsonName());

    private SpecJson() {
    }

    public static String toJson(ArchitectureSpec spec) {
        try {
            return MAPPER.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            // Records of strings, numbers and enums always serialise; this would be a programming error.
            throw new IllegalStateException("cannot write spec '" + spec.id() + "' as JSON", e);
        }
    }

    /**
     * @throws SpecJsonException with the line, column and field path of the first error
     */
    public static ArchitectureSpec fromJson(String json) {
        return fromJson(json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Parses a spec from the bytes of a file (UTF-8, as Jackson detects it); the fuzz tests call
     * this directly.
     *
     * @throws SpecJsonException with the line, column and field path of the first error
     */
    public static ArchitectureSpec fromJson(byte[] json) {
        if (json.length > MAX_FILE_BYTES) {
            throw new SpecJsonException("Invalid architecture JSON: " + tooLarge(), null);
        }
        try {
            return MAPPER.readValue(withOptionalFields(json), ArchitectureSpec.class);
        } catch (IOException e) {
            String reason = e instanceof JsonProcessingException parse
                    ? JsonErrors.describe(parse) : ": " + e.getMessage();
            throw new SpecJsonException("Invalid architecture JSON" + reason, e);
        }
    }

    /**
     * Reads a spec file through a ceiling of {@value #MAX_FILE_BYTES} bytes, so that {@code
     * /dev/zero} or a film renamed {@code .json} is refused at once; every error names the file.
     */
    public static ArchitectureSpec read(Path file) throws IOException {
        byte[] json;
        try (InputStream in = Files.newInputStream(file)) {
            json = BoundedReads.readAtMost(in, MAX_FILE_BYTES);
        } catch (BoundedReads.TooLargeException e) {
            throw new SpecJsonException(file + ": " + tooLarge(), e);
        } catch (NoSuchFileException e) {
            throw new SpecJsonException(file + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new SpecJsonException(file + ": permission denied; it cannot be read", e);
        } catch (IOException e) {
            String why = Files.isDirectory(file) ? "a folder, not a spec file"
                    : "cannot be read (" + e.getMessage() + ")";
            throw new SpecJsonException(file + ": " + why, e);
        }
        try {
            return fromJson(json);
        } catch (SpecJsonException e) {
            throw new SpecJsonException(file + ": " + e.getMessage(), e.getCause());
        }
    }

    private static String tooLarge() {
        return "larger than " + BoundedReads.size(MAX_FILE_BYTES) + ", which no architecture spec is"
                + " (the presets' are 2-5 KB); is it the right file?";
    }

    /** Writes through a temporary file and a move, so a crash never leaves half a spec behind. */
    public static void write(Path file, ArchitectureSpec spec) throws IOException {
        AtomicFiles.write(file, out -> out.write(toJson(spec).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Specs written before a training field existed stay readable: a field added later with a
     * neutral default (off) is filled in when absent. Any other missing field is still an error.
     */
    private static byte[] withOptionalFields(byte[] json) throws IOException {
        JsonNode tree = MAPPER.readTree(json);
        if (!(tree instanceof ObjectNode root) || !(root.get("training") instanceof ObjectNode training)
                || OPTIONAL_TRAINING_FIELDS.keySet().stream().allMatch(training::has)) {
            return json;
        }
        OPTIONAL_TRAINING_FIELDS.forEach((name, value) -> {
            if (!training.has(name)) {
                training.set(name, MAPPER.valueToTree(value));
            }
        });
        return MAPPER.writeValueAsBytes(root);
    }
}
