package org.digitlab.lesson;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The JSON names of the lesson enums: lower case with '-' ("learning-rate"), read in any case. */
final class LessonNames {

    private LessonNames() {
    }

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @throws IllegalArgumentException listing the names there are */
    static <E extends Enum<E>> E parse(Class<E> type, String what, String text) {
        String wanted = text == null ? "" : text.strip().replace('-', '_').toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + Fields.shortened(String.valueOf(text))
                + "' (expected one of: " + Arrays.stream(type.getEnumConstants()).map(LessonNames::of)
                .collect(Collectors.joining(", ")) + ")");
    }
}
