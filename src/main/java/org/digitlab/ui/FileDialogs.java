package org.digitlab.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Every open, save and folder dialog of the app starts in the folder last used (remembered
 * between runs), else in the user's Documents, else at home: never in the folder the app was
 * started from (its source folder under {@code mvn javafx:run}), where a student's files get lost.
 */
public final class FileDialogs {

    static final String PREFERENCE_KEY = "dialog.folder";

    private FileDialogs() {
    }

    public static File save(FileChooser chooser, Window owner, Preferences preferences) {
        chooser.setInitialDirectory(initialFolder(preferences, home()).toFile());
        return remember(preferences, chooser.showSaveDialog(owner));
    }

    public static File open(FileChooser chooser, Window owner, Preferences preferences) {
        chooser.setInitialDirectory(initialFolder(preferences, home()).toFile());
        return remember(preferences, chooser.showOpenDialog(owner));
    }

    public static File folder(DirectoryChooser chooser, Window owner, Preferences preferences) {
        chooser.setInitialDirectory(initialFolder(preferences, home()).toFile());
        return remember(preferences, chooser.showDialog(owner));
    }

    /** The last folder used if it still exists, else {@code home}/Documents if it exists, else home. */
    static Path initialFolder(Preferences preferences, Path home) {
        String last = preferences.get(PREFERENCE_KEY, null);
        if (last != null && Files.isDirectory(Path.of(last))) {
            return Path.of(last);
        }
        Path documents = home.resolve("Documents");
        return Files.isDirectory(documents) ? documents : home;
    }

    /** Remembers the folder of a chosen file (or the chosen folder); returns the choice as it was. */
    static File remember(Preferences preferences, File chosen) {
        if (chosen != null) {
            File folder = chosen.isDirectory() ? chosen : chosen.getAbsoluteFile().getParentFile();
            if (folder != null) {
                preferences.put(PREFERENCE_KEY, folder.getAbsolutePath());
            }
        }
        return chosen;
    }

    private static Path home() {
        return Path.of(System.getProperty("user.home"));
    }
}
