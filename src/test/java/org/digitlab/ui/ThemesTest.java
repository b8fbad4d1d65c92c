package org.digitlab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The looks stack on the theme in a fixed order, whenever they are switched on. */
@ExtendWith(ApplicationExtension.class)
class ThemesTest {

    private Scene scene;
    private Label label;

    @Start
    void start(Stage stage) {
        label = new Label("7");
        scene = new Scene(new StackPane(label), 200, 100);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aLookSwitchedOnBeforeTheThemeStillComesLastAndWins(FxRobot robot) {
        robot.interact(() -> {
            Themes.setLook(scene, Themes.PROJECTOR, true); // the shell does this when it gets its scene
            Themes.apply(scene);
        });
        WaitForAsyncUtils.waitForFxEvents();

        List<String> sheets = scene.getStylesheets();
        assertThat(sheets.get(0)).endsWith("/css/theme.css");
        assertThat(sheets.get(sheets.size() - 1)).endsWith("/css/projector.css");
        assertThat(label.getFont().getSize()).isEqualTo(22.0);
    }

    @Test
    void darkStaysAboveProjectorWhicheverIsSwitchedOnFirst(FxRobot robot) {
        robot.interact(() -> {
            Themes.apply(scene);
            Themes.setLook(scene, Themes.PROJECTOR, true);
            Themes.setLook(scene, Themes.DARK, true);
        });

        List<String> sheets = scene.getStylesheets();
        assertThat(sheets.get(sheets.size() - 2)).endsWith("/css/projector.css");
        assertThat(sheets.get(sheets.size() - 1)).endsWith("/css/dark.css");

        robot.interact(() -> Themes.setLook(scene, Themes.DARK, false));
        assertThat(scene.getStylesheets()).noneMatch(s -> s.endsWith("/css/dark.css"));
        assertThat(scene.getStylesheets().get(scene.getStylesheets().size() - 1)).endsWith("/css/projector.css");
        assertThat(Themes.hasLook(scene, Themes.PROJECTOR)).isTrue();
    }
}
