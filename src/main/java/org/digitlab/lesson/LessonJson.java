package org.digitlab.lesson;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.digitlab.data.BoundedReads;
import org.digitlab.model.JsonErrors;

/**
 * Lesson files: read within {@link LessonLimits}, checked as a whole ({@link LessonPlan}), and
 * every refusal one line that names the file, the step and the field and says what to do:
 * {@code my-lesson.json: step 3 'stuck', field action.setup.epochs: got 0; use 1 to 200, e.g. 5}.
 *
 * <p>Unknown fields are errors (a mistyped "epoch" would otherwise be ignored); fields a step does
 * not need may be left out.
 */
public final class LessonJson {

    /** The usual name of a lesson file: JSON, as {@code lesson show} writes it. */
    public static final String EXTENSION = ".json";
    /**
     * The same JSON under the extension the installed app registers with the desktop, so that a
     * double-clicked lesson opens in Digit Lab (every {@code .json} file cannot be claimed).
     */
    public static final String DESKTOP_EXTENSION = ".dlesson";

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(LessonLimits.MAX_NESTING)
                            .maxStringLength(LessonLimits.MAX_FILE_BYTES).build())
                    .build())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    private LessonJson() {
    }

    /**
     * Reads a lesson file through a ceiling of {@link LessonLimits#MAX_FILE_BYTES} bytes.
     *
     * @throws LessonFileException naming the file and what is wrong
     */
    public static Lesson read(Path file) {
        byte[] json;
        try (InputStream in = Files.newInputStream(file)) {
            json = BoundedReads.readAtMost(in, LessonLimits.MAX_FILE_BYTES);
        } catch (BoundedReads.TooLargeException e) {
            throw new LessonFileException(file + ": " + tooLarge(), e);
        } catch (NoSuchFileException e) {
            throw new LessonFileException(file + ": no such file", e);
        } catch (AccessDeniedException e) {
            throw new LessonFileException(file + ": permission denied; it cannot be read", e);
        } catch (IOException e) {
            String why = Files.isDirectory(file) ? "a folder, not a lesson file"
                    : "cannot be read (" + e.getMessage() + ")";
            throw new LessonFileException(file + ": " + why, e);
        }
        return fromJson(json, file.toString());
    }

    /**
     * Parses and checks a lesson; the fuzz tests call this directly.
     *
     * @param source the file name the messages start with
     * @throws LessonFileException naming {@code source}, the step and the field
     */
    public static Lesson fromJson(byte[] json, String source) {
        if (json.length > LessonLimits.MAX_FILE_BYTES) {
            throw new LessonFileException(source + ": " + tooLarge(), null);
        }
        Lesson lesson;
        try {
            lesson = MAPPER.readValue(json, Lesson.class);
        } catch (JsonProcessingException e) {
            throw new LessonFileException(source + ": " + oneLine(describe(e, json)), e);
        } catch (IOException e) {
            throw new LessonFileException(source + ": cannot be read (" + e.getMessage() + ")", e);
        }
        try {
            LessonPlan.of(lesson);
        } catch (LessonProblem p) {
            String step = p.step() < 0 ? "" : stepName(p.step(), lesson.steps().get(p.step()).id()) + ", ";
            throw new LessonFileException(source + ": " + step + "field " + p.field() + ": " + oneLine(p.reason()), p);
        }
        return lesson;
    }

    public static String toJson(Lesson lesson) {
        try {
            return MAPPER.writeValueAsString(lesson);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write lesson '" + lesson.id() + "' as JSON", e);
        }
    }

    /** Whether the first character that is not white space is printable text (or the file is empty). */
    private static boolean startsLikeJson(byte[] json) {
        for (byte b : json) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != (byte) 0xEF && b != (byte) 0xBB
                    && b != (byte) 0xBF) {
                return b >= 0x20 && b < 0x7F;
            }
        }
        return true;
    }

    /** A value quoted in a message may hold line breaks; the message stays one line. */
    private static String oneLine(String message) {
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String tooLarge() {
        return "larger than " + BoundedReads.size(LessonLimits.MAX_FILE_BYTES) + ", which no lesson is"
                + " (the built-in ones are under 20 KB); is it the right file?";
    }

    /** "step 3 'stuck', field action.setup.epochs: got 0; …", or where the JSON itself breaks. */
    static String describe(JsonProcessingException e, byte[] json) {
        String reason = reason(e);
        LessonFieldException named = fieldException(e);
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty() && named == null) {
            if (!startsLikeJson(json)) {
                // A picture or a document opened by mistake: say so, not what the JSON parser saw.
                return "not a lesson file: a lesson is JSON text starting with '{', and this is not text"
                        + " (a picture or another kind of file?)";
            }
            return "not a valid lesson file" + location(e) + ": " + reason;
        }
        List<JsonMappingException.Reference> path = mapping.getPath();
        String step = "";
        int from = 0;
        if (path.size() >= 2 && "steps".equals(path.get(0).getFieldName()) && path.get(1).getIndex() >= 0) {
            int index = path.get(1).getIndex();
            step = stepName(index, idOfStep(json, index)) + ", ";
            from = 2;
        }
        String field = path(path.subList(from, path.size()));
        if (named != null) {
            field = named.field().isEmpty() ? field : field.isEmpty() ? named.field() : field + "." + named.field();
            reason = named.reason();
        }
        return step + (field.isEmpty() ? "" : "field " + field + ": ") + reason;
    }

    private static String reason(JsonProcessingException e) {
        if (e instanceof InvalidTypeIdException typeId) {
            return typeId.getTypeId() == null ? "the check has no \"type\"; give one, e.g. \"accuracy-at-least\""
                    : "unknown check type '" + Fields.shortened(typeId.getTypeId()) + "' (expected one of: "
                    + checkTypes() + ")";
        }
        if (e instanceof StreamConstraintsException) {
            return "nested too deeply or a value too long for a lesson file (" + e.getOriginalMessage() + ")";
        }
        return JsonErrors.reason(e);
    }

    private static String checkTypes() {
        return Arrays.stream(StepCheck.class.getAnnotation(JsonSubTypes.class).value())
                .map(JsonSubTypes.Type::name).collect(Collectors.joining(", "));
    }

    private static String location(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at != null && at.getLineNr() > 0 ? " at line " + at.getLineNr() + ", column " + at.getColumnNr() : "";
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static LessonFieldException fieldException(Throwable e) {
        for (Throwable at = e; at != null; at = at.getCause() == at ? null : at.getCause()) {
            if (at instanceof LessonFieldException named) {
                return named;
            }
        }
        return null;
    }

    static String stepName(int index, String id) {
        return "step " + (index + 1) + (id == null || id.isBlank() ? "" : " '" + Fields.shortened(id) + "'");
    }

    /** The step's id as the file gives it, for a message about a step that could not be read. */
    private static String idOfStep(byte[] json, int index) {
        try {
            JsonNode id = MAPPER.readTree(json).path("steps").path(index).path("id");
            return id.isTextual() ? id.asText() : null;
        } catch (IOException | RuntimeException unreadable) {
            return null; // the JSON breaks later on: the step's number has to do
        }
    }
}
