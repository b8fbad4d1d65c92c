package org.digitlab.ui.architecture;

import java.util.Locale;
import java.util.function.Function;
import javafx.scene.control.Spinner;
import javafx.util.StringConverter;

/**
 * How the training settings' controls read and show values: enum names as words, numbers that
 * forgive typos, spinners that take a typed value on focus loss.
 */
final class SettingsControls {

    private SettingsControls() {
    }

    /** A spinner takes a typed value when it loses focus, not only on Enter. */
    static void commitOnFocusLoss(Spinner<?> spinner) {
        spinner.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                spinner.increment(0);
            }
        });
    }

    static <E extends Enum<E>> StringConverter<E> enumNames() {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            }

            @Override
            public E fromString(String text) {
                throw new UnsupportedOperationException("choices are not typed");
            }
        };
    }

    /** Numbers in a text field: a typo keeps the last good value instead of an exception. */
    static final class NumberText<N extends Number> extends StringConverter<N> {
        private final Function<String, N> parse;

        NumberText(Function<String, N> parse) {
            this.parse = parse;
        }

        @Override
        public String toString(N value) {
            return value == null ? "" : value.toString();
        }

        @Override
        public N fromString(String text) {
            try {
                return parse.apply(text.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
