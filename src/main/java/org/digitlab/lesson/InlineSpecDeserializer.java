package org.digitlab.lesson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.digitlab.model.ArchitectureSpec;
import org.digitlab.model.SpecJson;
import org.digitlab.model.SpecJsonException;

/**
 * Reads a spec inside a lesson with the spec reader itself ({@link SpecJson}, strict: every field,
 * no unknown ones), so that a spec saved by the Architecture view pastes into a lesson as it is
 * and is judged by the same rules. Its errors name the field inside the spec.
 */
final class InlineSpecDeserializer extends JsonDeserializer<ArchitectureSpec> {

    private static final ObjectMapper PLAIN = new ObjectMapper();
    /** SpecJson's message: "Invalid architecture JSON at line 1, column 9 (field layers[1].units): reason". */
    private static final Pattern SPEC_ERROR = Pattern.compile(
            "^Invalid architecture JSON(?: at line \\d+, column \\d+)?(?: \\(field ([^)]*)\\))?:? ?(.*)$",
            Pattern.DOTALL);

    @Override
    public ArchitectureSpec deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode tree = context.readTree(parser);
        try {
            return SpecJson.fromJson(PLAIN.writeValueAsBytes(tree));
        } catch (SpecJsonException e) {
            Matcher m = SPEC_ERROR.matcher(e.getMessage());
            if (m.matches()) {
                throw new LessonFieldException(m.group(1) == null ? "" : m.group(1), m.group(2));
            }
            throw new LessonFieldException("", e.getMessage());
        }
    }
}
