package org.digitlab.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Jackson's errors in words a person who edits a spec file understands: where (line, column,
 * field path) and what ("the field 'units' is missing", "expected a whole number, found
 * \"ten\""), without Java class names or Jackson's feature switches.
 */
public final class JsonErrors {

    private static final Pattern MISSING = Pattern.compile("Missing (?:creator )?property '([^']+)'");
    private static final Pattern NULL = Pattern.compile("Null value for creator property '([^']+)'");
    private static final Pattern TOKEN = Pattern.compile("^Unrecognized token ('[^']*')");
    private static final Pattern TYPE_ID = Pattern.compile("Could not resolve type id '([^']*)'");

    private JsonErrors() {
    }

    /** " at line 3, column 7 (field layers[1].units): the field 'units' is missing". */
    public static String describe(JsonProcessingException e) {
        return where(e) + ": " + reason(e);
    }

    static String where(JsonProcessingException e) {
        StringBuilder text = new StringBuilder();
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            text.append(" at line ").append(location.getLineNr()).append(", column ").append(location.getColumnNr());
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String path = path(mapping);
            if (!path.isEmpty()) {
                text.append(" (field ").append(path).append(')');
            }
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

    public static String reason(JsonProcessingException e) {
        Throwable root = rootCause(e);
        if (root instanceof IllegalArgumentException && root != e && root.getMessage() != null) {
            return root.getMessage(); // the records' own checks, already in words
        }
        String original = firstLine(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            return "nested too deeply or a value too long to be a spec (" + original + ")";
        }
        if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
            return "the JSON ends too early (is the file truncated?)";
        }
        if (original.startsWith("No content to map")) {
            return "the file is empty";
        }
        if (original.startsWith("Invalid UTF-8") || original.contains("Invalid UTF-")) {
            return "not UTF-8 text (" + original + ")";
        }
        Matcher token = TOKEN.matcher(original);
        if (token.find()) {
            return "not JSON: unexpected " + token.group(1) + " where a value should be";
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'" + known(unknown.getKnownPropertyIds());
        }
        Matcher missing = MISSING.matcher(original);
        if (missing.find()) {
            return "the field '" + missing.group(1) + "' is missing";
        }
        Matcher nulled = NULL.matcher(original);
        if (nulled.find()) {
            return "the field '" + nulled.group(1) + "' is null; give it a value";
        }
        Matcher typeId = TYPE_ID.matcher(original);
        if (typeId.find()) {
            return "unknown layer type '" + typeId.group(1) + "'";
        }
        if (e instanceof InvalidFormatException format) {
            return "expected " + expected(format.getTargetType()) + ", found " + quoted(format.getValue());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + expected(mismatch.getTargetType());
        }
        return original;
    }

    private static String known(Collection<Object> ids) {
        if (ids == null || ids.isEmpty()) {
            return "";
        }
        return " (known fields: " + ids.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")) + ")";
    }

    /** The JSON a Java type is read from, in words. */
    private static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class || type.isEnum()) {
            return "a text value in quotes";
        }
        if (type.getName().startsWith("java.time.")) {
            return "a date and time such as \"2026-11-23T10:00:00Z\"";
        }
        if (List.class.isAssignableFrom(type) || Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list [ ... ]";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || type.isInterface()) {
            return "an object { ... }";
        }
        return "a value of another kind";
    }

    private static String quoted(Object value) {
        return value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /** Jackson's message without its source excerpt and location, which {@link #where} gives. */
    private static String firstLine(String message) {
        if (message == null) {
            return "not valid JSON";
        }
        int detail = message.indexOf(" at [Source");
        String cut = detail >= 0 ? message.substring(0, detail) : message;
        return cut.lines().findFirst().orElse(cut).strip();
    }
}
