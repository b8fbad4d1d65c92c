package org.digitlab.ui;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.digitlab.data.DatasetStore;

/** App contexts for GUI tests: the real engine, fresh preferences, a chosen dataset store. */
public final class TestContexts {

    private TestContexts() {
    }

    /** The real engine over the default dataset cache (MNIST present). */
    public static AppContext real(ExecutorService background) {
        return withStore(background, DatasetStore.defaultStore());
    }

    /** The real engine over a dataset store of the test's choosing (e.g. an empty temp dir), wired as the app does. */
    public static AppContext withStore(ExecutorService background, DatasetStore store) {
        Preferences preferences = Preferences.userRoot().node("digitlab-test-" + UUID.randomUUID());
        return DigitLabApp.createContext(background, store, preferences);
    }

    /** An empty store: every dataset is missing. */
    public static DatasetStore emptyStore(Path dir) {
        return new DatasetStore(dir, java.util.List.of());
    }

    public static void forget(AppContext context) {
        try {
            context.preferences().removeNode();
        } catch (BackingStoreException | IllegalStateException e) {
            // best effort: a test preference node left behind is harmless
        }
    }

    /** Shows {@code root} on the test's stage in a scene of that size, with the app's stylesheets. */
    public static Scene show(Stage stage, Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        Themes.apply(scene);
        stage.setScene(scene);
        stage.show();
        return scene;
    }
}
