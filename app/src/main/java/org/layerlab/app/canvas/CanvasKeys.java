package org.layerlab.app.canvas;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The canvas' keyboard shortcuts, active while it has the focus: Delete/Backspace, Ctrl+C/X/V/D/A,
 * Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y, Ctrl+plus/minus/0 for zoom, Escape. (Cmd instead of Ctrl on macOS.)
 */
final class CanvasKeys {

    private CanvasKeys() {
    }

    /** Performs the shortcut and returns true, or returns false for keys the canvas does not use. */
    static boolean handle(CanvasView canvas, GraphEditor editor, KeyEvent e) {
        KeyCode code = e.getCode();
        if (!e.isShortcutDown()) {
            switch (code) {
                case DELETE, BACK_SPACE -> editor.deleteSelection();
                case ESCAPE -> canvas.cancelGestures();
                default -> {
                    return false;
                }
            }
            return true;
        }
        switch (code) {
            case Z -> {
                if (e.isShiftDown()) {
                    editor.redo();
                } else {
                    editor.undo();
                }
            }
            case Y -> editor.redo();
            case C -> editor.copy();
            case X -> editor.cut();
            case V -> editor.paste();
            case D -> editor.duplicate();
            case A -> editor.selectAll();
            case PLUS, EQUALS, ADD -> canvas.zoomIn();
            case MINUS, SUBTRACT -> canvas.zoomOut();
            case DIGIT0, NUMPAD0 -> canvas.resetZoom();
            default -> {
                return false;
            }
        }
        return true;
    }
}
