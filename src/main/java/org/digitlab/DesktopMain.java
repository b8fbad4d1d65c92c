package org.digitlab;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.digitlab.model.ModelFiles;
import org.digitlab.ui.DigitLabApp;
import org.digitlab.ui.Launcher;

/**
 * The installed app's entry point: its desktop icon, and a lesson or model file opened from the
 * file manager (the installer registers {@code .dlesson} and {@code .dlmodel}), which arrives as a
 * bare path. The window always opens; a bad file is named there (in the Lessons panel, or the
 * status bar for a model) since a double-click has no terminal to print to. The command line
 * inside the same installation is {@link Main}.
 */
public final class DesktopMain {

    private DesktopMain() {
    }

    public static void main(String[] args) {
        Launcher.main(windowArguments(args));
    }

    /**
     * The window's arguments for what the desktop passed: a model file (by its extension) becomes
     * {@code --model=FILE}, any other file {@code --lesson=FILE} (the panel says if it is not a
     * lesson); the first of each kind counts. Options ({@code --lesson=FILE}) pass unchanged.
     */
    static String[] windowArguments(String... args) {
        List<String> window = new ArrayList<>();
        String lesson = null;
        String model = null;
        for (String arg : args) {
            if (arg.startsWith("--")) {
                window.add(arg);
            } else if (isModelFile(arg)) {
                model = model == null ? arg : model;
            } else if (!arg.isBlank()) {
                lesson = lesson == null ? arg : lesson;
            }
        }
        if (lesson != null) {
            window.add("--" + DigitLabApp.LESSON_PARAMETER + "=" + Path.of(lesson).toAbsolutePath());
        }
        if (model != null) {
            window.add("--" + DigitLabApp.MODEL_PARAMETER + "=" + Path.of(model).toAbsolutePath());
        }
        return window.toArray(String[]::new);
    }

    private static boolean isModelFile(String arg) {
        String name = arg.toLowerCase(Locale.ROOT);
        return name.endsWith(ModelFiles.DESKTOP_EXTENSION) || name.endsWith(ModelFiles.EXTENSION);
    }
}
