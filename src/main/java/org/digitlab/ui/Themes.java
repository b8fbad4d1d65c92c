package org.digitlab.ui;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.Scene;

/**
 * Puts the stylesheets on a scene: the theme (named colours) and one sheet per feature, then the
 * optional looks: {@code projector} enlarges fonts and lines, uses a high-contrast palette and
 * hides the controls styled {@code advanced}; {@code dark} (last) redefines the named colours.
 * Dark comes after projector so that both together are dark with large text: the other way round
 * the projector's white palette won and drop-downs kept dark text on a dark base. A look is a
 * stylesheet, never another code path; the choice is remembered.
 */
public final class Themes {

    static final String[] SHEETS = {"theme", "shell", "draw", "datasets", "evaluation", "inside", "architecture",
        "lessons", "training", "collect"};
    /** Optional looks, in the order they are stacked. */
    public static final String DARK = "dark";
    public static final String PROJECTOR = "projector";
    private static final List<String> LOOKS = List.of(PROJECTOR, DARK);
    private static final String PREFERENCE_PREFIX = "look.";

    private Themes() {
    }

    /**
     * Adds the theme and the feature sheets, in front of any look already switched on (the shell
     * switches on the remembered looks as soon as it has a scene, which can be before this).
     */
    public static void apply(Scene scene) {
        List<String> base = java.util.Arrays.stream(SHEETS).map(DigitLabApp::stylesheet).toList();
        scene.getStylesheets().addAll(0, base);
    }

    /** Switches a look ({@link #DARK}, {@link #PROJECTOR}) on or off, keeping the stacking order. */
    public static void setLook(Scene scene, String look, boolean on) {
        List<String> wanted = LOOKS.stream()
                .filter(name -> name.equals(look) ? on : hasLook(scene, name)).toList();
        LOOKS.forEach(name -> scene.getStylesheets().remove(DigitLabApp.stylesheet(name)));
        wanted.forEach(name -> scene.getStylesheets().add(DigitLabApp.stylesheet(name)));
    }

    public static boolean hasLook(Scene scene, String look) {
        return scene.getStylesheets().contains(DigitLabApp.stylesheet(look));
    }

    /** Whether a look was on when the app last ran. */
    public static boolean remembered(Preferences preferences, String look) {
        return preferences.getBoolean(PREFERENCE_PREFIX + look, false);
    }

    public static void remember(Preferences preferences, String look, boolean on) {
        preferences.putBoolean(PREFERENCE_PREFIX + look, on);
    }
}
