package org.layerlab.uitests;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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
        robot.interact(GraphBuilding::forgetMonocleDragWindow);
        robot.drag("#palette-" + kindKey, MouseButton.PRIMARY).moveTo(robot.point(b.getMinX() + dx, b.getMinY() + dy))
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Monocle 17.0.10 keeps the window of the first drag-and-drop and throws when a later drag starts
     * in another window (each test has a new one); forgetting it makes Monocle take the current window,
     * as on its first event. The canvas helper found and documented this in its smoke test.
     */
    static void forgetMonocleDragWindow() {
        try {
            Class<?> input = Class.forName("com.sun.glass.ui.monocle.MouseInput");
            java.lang.reflect.Method instance = input.getDeclaredMethod("getInstance");
            instance.setAccessible(true);
            java.lang.reflect.Field dragView = input.getDeclaredField("dragView");
            dragView.setAccessible(true);
            dragView.set(instance.invoke(null), null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Monocle's MouseInput changed: " + e, e);
        }
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
