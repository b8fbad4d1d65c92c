package org.digitlab;

import org.digitlab.cli.DigitLabCli;
import org.digitlab.cli.WindowArguments;
import org.digitlab.ui.Launcher;

/**
 * The jar's entry point ({@code bin/digitlab}): a command runs without a window; {@code --lesson FILE}
 * opens the window with that lesson, once the command line has checked the file. It sits above
 * both layers so that neither needs the other.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (!WindowArguments.opensWindow(args)) {
            DigitLabCli.main(args);
            return;
        }
        String[] window = WindowArguments.checkOnStandardError(args);
        if (window == null) {
            System.exit(DigitLabCli.EXIT_BAD_INPUT);
        }
        Launcher.main(window);
    }
}
