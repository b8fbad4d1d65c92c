package org.digitlab.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.digitlab.data.AtomicFiles;

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

    /** Training fields added after the first release, with the value that means "off". */
    private static final Map<String, Object> OPTIONAL_TRAINING_FIELDS = Map.of(
            "learningRateDecay", 0, "shiftAugmentation", 0, "strokeAugmentation", false);

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
        try {
            return MAPPER.readValue(withOptionalFields(json), ArchitectureSpec.class);
        } catch (JsonProcessingException e) {
            throw new SpecJsonException("Invalid architecture JSON" + where(e) + ": " + reason(e), e);
        }
    }

    /** Reads a spec file; JSON errors name the file as well as the line and field. */
    public static ArchitectureSpec read(Path file) throws IOException {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        try {
            return fromJson(json);
        } catch (SpecJsonException e) {
            throw new SpecJsonException(file + ": " + e.getMessage(), e.getCause());
        }
    }

    /** Writes through a temporary file and a move, so a crash never leaves half a spec behind. */
    public static void write(Path file, ArchitectureSpec spec) throws IOException {
        AtomicFiles.write(file, out -> out.write(toJson(spec).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Specs written before a training field existed stay readable: a field added later with a
     * neutral default (off) is filled in when absent. Any other missing field is still an error.
     */
    private static String withOptionalFields(String json) throws JsonProcessingException {
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
        return MAPPER.writeValueAsString(root);
    }

    private static String where(JsonProcessingException e) {
        StringBuilder text = new StringBuilder();
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            text.append(" at line ").append(location.getLineNr()).append(", column ").append(location.getColumnNr());
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            text.append(" (field ").append(path(mapping)).append(')');
        }
        return text.toString();
    }

    /** "layers[2].units" from Jackson's reference chain. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Jackson's own message without its source excerpt and location, which {@link #where} gives. */
    private static String reason(JsonProcessingException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof IllegalArgumentException && root != e) {
            return root.getMessage();
        }
        String message = e.getOriginalMessage();
        int detail = message.indexOf(" at [Source");
        return (detail >= 0 ? message.substring(0, detail) : message).lines().findFirst().orElse(message);
    }
}
