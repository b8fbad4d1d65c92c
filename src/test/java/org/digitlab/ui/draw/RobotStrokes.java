package org.digitlab.ui.draw;

import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import org.digitlab.ui.controls.DrawingCanvas;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drawings made with the robot's mouse on the Draw view's canvas, as a student draws them. */
public final class RobotStrokes {

    private RobotStrokes() {
    }

    /** A "1": one vertical stroke down the middle of the canvas, in twelve moves. */
    public static void drawOne(FxRobot robot) {
        DrawingCanvas canvas = robot.lookup("#canvas").queryAs(DrawingCanvas.class);
        var bounds = canvas.localToScreen(canvas.getLayoutBounds());
        double side = Math.min(bounds.getWidth(), bounds.getHeight());
        double x = bounds.getMinX() + bounds.getWidth() / 2;
        double y0 = bounds.getMinY() + (bounds.getHeight() - side) / 2;
        robot.moveTo(new Point2D(x, y0 + 0.15 * side));
        robot.press(MouseButton.PRIMARY);
        for (int i = 1; i <= 12; i++) {
            robot.moveTo(new Point2D(x, y0 + (0.15 + 0.7 * i / 12) * side));
        }
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
