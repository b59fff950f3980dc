package org.layerlab.app.canvas;

import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.ContextMenuEvent;

/** The right-click menu of the canvas: the edit commands; right-clicking a node selects it first. */
final class CanvasMenu {

    private CanvasMenu() {
    }

    static void show(CanvasView canvas, GraphEditor editor, ContextMenuEvent e) {
        for (Node n = e.getPickResult().getIntersectedNode(); n != null && n != canvas; n = n.getParent()) {
            if (n instanceof NodeView view && !editor.selection().contains(view.nodeId())) {
                editor.select(view.nodeId());
            }
        }
        boolean any = !editor.selection().isEmpty();
        boolean anything = any || editor.selectedEdgeProperty().get() != null;
        ContextMenu menu = new ContextMenu(
                item("Cut", any, editor::cut),
                item("Copy", any, editor::copy),
                item("Paste", editor.canPaste(), editor::paste),
                item("Duplicate", any, editor::duplicate),
                item("Delete", anything, editor::deleteSelection),
                new SeparatorMenuItem(),
                item("Select all", !editor.graph().nodes().isEmpty(), editor::selectAll),
                item("Tidy up", !editor.graph().nodes().isEmpty(), canvas::tidyUp),
                item("Zoom to fit", !editor.graph().nodes().isEmpty(), canvas::zoomToFit));
        menu.setAutoHide(true);
        menu.show(canvas, e.getScreenX(), e.getScreenY());
        e.consume();
    }

    private static MenuItem item(String text, boolean enabled, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setDisable(!enabled);
        item.setOnAction(ev -> action.run());
        return item;
    }
}
