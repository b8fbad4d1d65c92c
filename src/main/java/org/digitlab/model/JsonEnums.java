package org.digitlab.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Lower-case JSON names for the spec enums, so that hand-written spec files read naturally. */
final class JsonEnums {

    private JsonEnums() {
    }

    static String jsonName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** Accepts any case, and '-' for '_', because people type "rmsprop" or "Cross-Entropy". */
    static <E extends Enum<E>> E parse(Class<E> type, String text) {
        String wanted = text == null ? "" : text.trim().replace('-', '_').toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(JsonEnums::jsonName)
                .collect(Collectors.joining(", "));
        throw new IllegalArgumentException(
                "unknown " + type.getSimpleName() + " '" + text + "' (expected one of: " + allowed + ")");
    }
}
