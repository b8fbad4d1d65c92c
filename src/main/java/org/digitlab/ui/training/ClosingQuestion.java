package org.digitlab.ui.training;

import java.io.File;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Asks what to do when the window is closed while a run is going on: stop and save the model,
 * stop and discard it, or keep training. Nothing is lost without the student saying so.
 */
final class ClosingQuestion {

    static final ButtonType STOP_AND_SAVE = new ButtonType("Stop and save…", ButtonBar.ButtonData.YES);
    static final ButtonType STOP_AND_DISCARD = new ButtonType("Stop and discard", ButtonBar.ButtonData.NO);
    static final ButtonType KEEP_TRAINING = new ButtonType("Keep training", ButtonBar.ButtonData.CANCEL_CLOSE);

    private ClosingQuestion() {
    }

    /** @param saveFile asks where to save the model: the file, or null when the student cancels */
    static void ask(Window window, TrainingViewModel viewModel, Supplier<File> saveFile, WindowEvent event) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "A network is still training. Closing the window "
                + "ends the run.", STOP_AND_SAVE, STOP_AND_DISCARD, KEEP_TRAINING);
        alert.setHeaderText("Stop training and close?");
        alert.initOwner(window);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == KEEP_TRAINING) {
            event.consume();
        } else if (answer.get() == STOP_AND_DISCARD) {
            viewModel.stop();
        } else {
            event.consume();
            File file = saveFile.get();
            if (file != null) {
                // The window closes once the stopped run's model is tested and written.
                viewModel.stopAndSave(file.toPath(), window::hide);
            }
        }
    }
}
