package org.digitlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where dialogs open: Documents, home, then the folder last used; never the working directory. */
class FileDialogsTest {

    @TempDir
    Path home;

    private final Preferences preferences = Preferences.userRoot().node("digitlab-test-" + UUID.randomUUID());

    @AfterEach
    void forget() throws Exception {
        preferences.removeNode();
    }

    @Test
    void theFirstDialogOpensInDocumentsOrElseAtHome() throws Exception {
        assertThat(FileDialogs.initialFolder(preferences, home)).isEqualTo(home);

        Files.createDirectory(home.resolve("Documents"));
        assertThat(FileDialogs.initialFolder(preferences, home)).isEqualTo(home.resolve("Documents"));
    }

    @Test
    void theNextDialogOpensWhereTheLastFileWent() throws Exception {
        Path lesson = Files.createDirectories(home.resolve("lesson 3"));
        File saved = lesson.resolve("cnn-3conv-run1.zip").toFile();

        assertThat(FileDialogs.remember(preferences, saved)).isSameAs(saved);
        assertThat(FileDialogs.initialFolder(preferences, home)).isEqualTo(lesson);

        FileDialogs.remember(preferences, home.toFile()); // a chosen folder is the folder itself
        assertThat(FileDialogs.initialFolder(preferences, home)).isEqualTo(home);
    }

    @Test
    void aCancelledDialogForgetsNothingAndAVanishedFolderIsSkipped() throws Exception {
        Path usb = Files.createDirectories(home.resolve("usb"));
        FileDialogs.remember(preferences, usb.resolve("model.zip").toFile());
        FileDialogs.remember(preferences, null);
        assertThat(FileDialogs.initialFolder(preferences, home)).isEqualTo(usb);

        Files.delete(usb);
        assertThat(FileDialogs.initialFolder(preferences, home)).isEqualTo(home);
    }
}
