package org.digitlab.ui.lessons;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The small dialog behind the Lessons panel's "Teacher…": the first time it asks for a new PIN,
 * after that for the PIN that unlocks the step. Only a password field and a sentence: nothing a
 * student could learn the PIN from.
 */
final class TeacherDialog {

    private TeacherDialog() {
    }

    /** Asks for a PIN; empty when the dialog was cancelled. */
    static Optional<String> ask(Window owner, boolean choosing) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(choosing ? "Teacher's PIN" : "Unlock the lesson");
        PasswordField field = new PasswordField();
        field.setId("pinField");
        Label text = new Label(choosing
                ? "Choose a PIN (4 or more characters). Entered later, it unlocks what a lesson step locks or"
                        + " hides, until the next step is set up. It is kept only while the app runs."
                : "Enter the teacher's PIN to unlock this step's controls.");
        text.setWrapText(true);
        text.setPrefWidth(360);
        dialog.getDialogPane().setContent(new VBox(8, text, field));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? field.getText() : null);
        dialog.setOnShown(event -> field.requestFocus());
        return dialog.showAndWait();
    }
}
