package org.digitlab.ui;

import java.io.IOException;
import java.util.Objects;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application: loads the main window from {@code /fxml/shell/MainView.fxml}. */
public final class DigitLabApp extends Application {

    static final double DEFAULT_WIDTH = 1200;
    static final double DEFAULT_HEIGHT = 800;

    @Override
    public void start(Stage stage) throws IOException {
        Parent root = FXMLLoader.load(
                Objects.requireNonNull(getClass().getResource("/fxml/shell/MainView.fxml")));
        Scene scene = new Scene(root, DEFAULT_WIDTH, DEFAULT_HEIGHT);
        scene.getStylesheets().add(
                Objects.requireNonNull(getClass().getResource("/css/theme.css")).toExternalForm());
        stage.setTitle("Digit Lab");
        stage.setScene(scene);
        stage.show();
    }
}
