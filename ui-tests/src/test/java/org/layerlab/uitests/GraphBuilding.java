package org.layerlab.uitests;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.layerlab.uitests.canvas.MonocleDragFix;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Gestures the tests share: dropping palette entries on the canvas, connecting ports, typing a setting. */
final class GraphBuilding {

    private final FxRobot robot;

    GraphBuilding(FxRobot robot) {
        this.robot = robot;
    }

    /** Drags a palette entry ("input", "dense", ...) onto the canvas at (dx, dy) from its top-left corner. */
    void drop(String kindKey, double dx, double dy) {
        Node canvas = robot.lookup("#canvas").query();
        Bounds b = canvas.localToScreen(canvas.getBoundsInLocal());
        robot.interact(MonocleDragFix::forgetDragWindow);
        robot.drag("#palette-" + kindKey, MouseButton.PRIMARY).moveTo(robot.point(b.getMinX() + dx, b.getMinY() + dy))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Drags from one node's output port to another node's input port. */
    void connect(String fromId, String toId) {
        robot.drag("#node-" + fromId + " .output-port", MouseButton.PRIMARY).dropTo("#node-" + toId + " .input-port");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Replaces the text of a field and presses Enter. */
    void type(String fieldQuery, String text) {
        robot.clickOn(fieldQuery);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Clicks an empty spot of the canvas (top right: the zoom and tidy-up buttons sit bottom right),
     * which clears the selection and takes the keyboard focus off the inspector's fields.
     */
    void clickCanvasBackground() {
        Node canvas = robot.lookup("#canvas").query();
        Bounds b = canvas.localToScreen(canvas.getBoundsInLocal());
        robot.clickOn(robot.point(b.getMaxX() - 40, b.getMinY() + 40));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
