package org.digitlab.ui.measure;

import org.digitlab.ui.shell.MainView;

/**
 * The window's measurement hooks, switched on by system properties and wired only by
 * {@code DigitLabApp}: the start-up clock (always, one log line each), a training run at launch
 * with FX pulse gaps recorded ({@link AutoTrain}) and a scripted lesson for memory figures
 * ({@link LessonDriver}). Nothing in the views knows about them.
 */
public final class Measurements {

    private Measurements() {
    }

    /** Hooks the measurements into a main window that has just been shown. */
    public static void attach(MainView main) {
        StartupClock.windowShown();
        main.context().models().predictorProperty().addListener((obs, old, ready) -> {
            if (ready != null) {
                StartupClock.modelReady(ready.model().spec().id());
            }
        });
        AutoTrain.fromSystemProperties().ifPresent(auto -> auto.begin(main.trainingView(), main::showTraining));
        LessonDriver.fromSystemProperties(main).ifPresent(LessonDriver::begin);
    }
}
