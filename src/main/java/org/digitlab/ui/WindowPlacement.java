package org.digitlab.ui;

import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Where and how big the main window opens: as it was last closed, but never larger than the
 * screen's visible area (a 1280×720 projector, a 1024×768 one, a laptop's screen minus its task
 * bar) and never off it, so that a size remembered on a big monitor still fits a classroom's
 * projector. The first start takes {@link #DEFAULT_WIDTH} × {@link #DEFAULT_HEIGHT}, shrunk to fit.
 */
public final class WindowPlacement {

    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 820;
    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMIZED = "window.maximized";

    /**
     * @param x left edge on the screen
     * @param y top edge
     * @param width the window's width
     * @param height the window's height
     * @param maximized whether it was maximized when last closed
     */
    public record Placement(double x, double y, double width, double height, boolean maximized) {
    }

    private WindowPlacement() {
    }

    /** The remembered placement (or the default, centred) clamped to {@code screen}. */
    public static Placement initial(Preferences preferences, Rectangle2D screen) {
        double width = Math.min(preferences.getDouble(WIDTH, DEFAULT_WIDTH), screen.getWidth());
        double height = Math.min(preferences.getDouble(HEIGHT, DEFAULT_HEIGHT), screen.getHeight());
        double centredX = screen.getMinX() + (screen.getWidth() - width) / 2;
        double centredY = screen.getMinY() + (screen.getHeight() - height) / 2;
        double x = clamp(preferences.getDouble(X, centredX), screen.getMinX(), screen.getMaxX() - width);
        double y = clamp(preferences.getDouble(Y, centredY), screen.getMinY(), screen.getMaxY() - height);
        return new Placement(x, y, width, height, preferences.getBoolean(MAXIMIZED, false));
    }

    /** Puts {@code stage} where {@link #initial} says, before it is shown. */
    public static void apply(Stage stage, Placement placement) {
        stage.setX(placement.x());
        stage.setY(placement.y());
        stage.setWidth(placement.width());
        stage.setHeight(placement.height());
        stage.setMaximized(placement.maximized());
    }

    /** Remembers the stage's size and place when it closes (a maximized window keeps its normal size). */
    public static void rememberOnClose(Stage stage, Preferences preferences) {
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> remember(preferences, stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized() || stage.isFullScreen()));
    }

    static void remember(Preferences preferences, double x, double y, double width, double height, boolean maximized) {
        preferences.putBoolean(MAXIMIZED, maximized);
        if (!maximized && width > 0 && height > 0) {
            preferences.putDouble(X, x);
            preferences.putDouble(Y, y);
            preferences.putDouble(WIDTH, width);
            preferences.putDouble(HEIGHT, height);
        }
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
