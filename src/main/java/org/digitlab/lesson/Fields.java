package org.digitlab.lesson;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The checks every record of a lesson file makes on its fields, with messages that say what to do. */
final class Fields {

    /** Step and lesson ids: short, lower-case, safe in a file name and on a command line. */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private Fields() {
    }

    /** The text, stripped; "" when absent and optional. */
    static String text(String field, String value, int maxLength, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new LessonFieldException(field, "is missing; give it a value");
            }
            return "";
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw new LessonFieldException(field, "has " + text.length() + " characters, more than the "
                    + maxLength + " a lesson allows here; shorten it");
        }
        return text;
    }

    static String id(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new LessonFieldException(field, "is missing; give it a short id such as \"train-cnn\"");
        }
        if (!ID.matcher(value).matches()) {
            throw new LessonFieldException(field, "\"" + shortened(value) + "\" is not an id: use 1 to 40 lower-case"
                    + " letters, digits and '-', e.g. \"train-cnn\"");
        }
        return value;
    }

    /** An optional whole number in {@code min..max}; {@code null} stays null. */
    static Integer range(String field, Integer value, int min, int max, String example) {
        if (value != null && (value < min || value > max)) {
            throw new LessonFieldException(field, "got " + value + "; use " + min + " to "
                    + String.format(Locale.ROOT, "%,d", max) + ", e.g. " + example);
        }
        return value;
    }

    static double fraction(String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new LessonFieldException(field, "got " + value + "; give a share between 0 and 1, e.g. 0.9 for 90%");
        }
        return value;
    }

    /** An optional list, copied; {@code null} becomes empty. */
    static <T> List<T> list(String field, List<T> value, int maxSize) {
        if (value == null) {
            return List.of();
        }
        if (value.size() > maxSize) {
            throw new LessonFieldException(field, "has " + value.size() + " entries, more than the " + maxSize
                    + " a lesson allows here");
        }
        if (value.stream().anyMatch(java.util.Objects::isNull)) {
            throw new LessonFieldException(field, "contains null; remove it or give a value");
        }
        return List.copyOf(value);
    }

    static <T> T required(String field, T value, String example) {
        if (value == null) {
            throw new LessonFieldException(field, "is missing; give it a value, e.g. " + example);
        }
        return value;
    }

    /** The start of a long value, for a message that stays one line. */
    static String shortened(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
