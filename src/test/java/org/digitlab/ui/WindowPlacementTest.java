package org.digitlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The main window opens inside the screen's visible area, as it was left when it fits. */
class WindowPlacementTest {

    private static final Rectangle2D PROJECTOR_720 = new Rectangle2D(0, 0, 1280, 720);
    private static final Rectangle2D PROJECTOR_768 = new Rectangle2D(0, 0, 1024, 768);
    private static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1080);

    private final Preferences preferences = Preferences.userRoot().node("digitlab-test-" + UUID.randomUUID());

    @AfterEach
    void forget() throws BackingStoreException {
        preferences.removeNode();
    }

    @Test
    void theFirstWindowOnA720PixelProjectorIsNoTallerThanTheScreen() {
        WindowPlacement.Placement placement = WindowPlacement.initial(preferences, PROJECTOR_720);

        assertThat(placement.width()).isEqualTo(1280);
        assertThat(placement.height()).isEqualTo(720);
        assertThat(placement.x()).isZero();
        assertThat(placement.y()).isZero();
    }

    @Test
    void theFirstWindowOnAFullHdScreenIsCentred() {
        WindowPlacement.Placement placement = WindowPlacement.initial(preferences, FULL_HD);

        assertThat(placement.width()).isEqualTo(WindowPlacement.DEFAULT_WIDTH);
        assertThat(placement.height()).isEqualTo(WindowPlacement.DEFAULT_HEIGHT);
        assertThat(placement.x()).isEqualTo((1920 - WindowPlacement.DEFAULT_WIDTH) / 2);
    }

    @Test
    void aSizeRememberedOnABigMonitorShrinksToTheProjectorAndStaysOnIt() {
        WindowPlacement.remember(preferences, 600, 300, 1600, 1000, false);

        WindowPlacement.Placement placement = WindowPlacement.initial(preferences, PROJECTOR_768);

        assertThat(placement.width()).isEqualTo(1024);
        assertThat(placement.height()).isEqualTo(768);
        assertThat(placement.x()).isZero();
        assertThat(placement.y()).isZero();
    }

    @Test
    void aSizeThatFitsIsKeptWhereItWas() {
        WindowPlacement.remember(preferences, 100, 50, 1100, 650, false);

        WindowPlacement.Placement placement = WindowPlacement.initial(preferences, FULL_HD);

        assertThat(placement).isEqualTo(new WindowPlacement.Placement(100, 50, 1100, 650, false));
    }

    @Test
    void aMaximizedWindowKeepsItsNormalSizeForLater() {
        WindowPlacement.remember(preferences, 100, 50, 1100, 650, false);
        WindowPlacement.remember(preferences, 0, 0, 1920, 1080, true);

        WindowPlacement.Placement placement = WindowPlacement.initial(preferences, FULL_HD);

        assertThat(placement).isEqualTo(new WindowPlacement.Placement(100, 50, 1100, 650, true));
    }
}
