package org.digitlab.ui;

import javafx.application.Application;

/**
 * Starts the JavaFX application. A main class that does not extend {@code Application} lets the
 * app run from the class path (DL4J is not modular), where JavaFX would otherwise refuse to start.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(DigitLabApp.class, args);
        // ND4J keeps native threads: end the JVM once the window is closed.
        System.exit(0);
    }
}
