package org.digitlab.ui;

import javafx.scene.Scene;

/** Puts the stylesheets on a scene: the theme (named colours) and one sheet per feature. */
public final class Themes {

    static final String[] SHEETS = {"theme", "shell", "draw", "datasets", "architecture", "training"};

    private Themes() {
    }

    public static void apply(Scene scene) {
        for (String sheet : SHEETS) {
            scene.getStylesheets().add(DigitLabApp.stylesheet(sheet));
        }
    }
}
