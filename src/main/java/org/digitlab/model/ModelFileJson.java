package org.digitlab.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** JSON of the metadata and history entries of a model file. */
public final class ModelFileJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // A newer Digit Lab may add fields; an older one still reads what it knows.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ModelFileJson() {
    }

    public static String metadataToJson(ModelMetadata metadata) {
        return write(metadata);
    }

    public static ModelMetadata metadataFromJson(String json) throws JsonProcessingException {
        return MAPPER.readValue(json, ModelMetadata.class);
    }

    /** Reads the bytes of the entry, so that Jackson itself reports bytes that are not UTF-8. */
    public static ModelMetadata metadataFromJson(byte[] json) throws java.io.IOException {
        return MAPPER.readValue(json, ModelMetadata.class);
    }

    public static String historyToJson(TrainingHistory history) {
        return write(history);
    }

    public static TrainingHistory historyFromJson(String json) throws JsonProcessingException {
        return MAPPER.readValue(json, TrainingHistory.class);
    }

    public static TrainingHistory historyFromJson(byte[] json) throws java.io.IOException {
        return MAPPER.readValue(json, TrainingHistory.class);
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
        }
    }
}
