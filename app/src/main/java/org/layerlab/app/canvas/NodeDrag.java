package org.layerlab.app.canvas;

import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.layerlab.engine.graph.ModelGraph;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Clicking and dragging node cards: click selects, Shift/Ctrl-click adds or removes, dragging moves
 * every selected node. While dragging only the views move; the graph changes once, on release, so
 * a whole drag is one undoable step.
 */
final class NodeDrag {

    /** Below this distance (screen pixels) a press and release is a click, not a move. */
    private static final double CLICK_SLOP = 3;

    private final GraphEditor editor;
    private final Group world;
    private final Function<String, NodeView> viewOf;
    private final Runnable focusCanvas;
    private final Map<String, Point2D> origins = new LinkedHashMap<>();
    private Point2D pressedAt;
    private String pressedId;
    private boolean moved;
    private boolean selectOnRelease;

    NodeDrag(GraphEditor editor, Group world, Function<String, NodeView> viewOf, Runnable focusCanvas) {
        this.editor = editor;
        this.world = world;
        this.viewOf = viewOf;
        this.focusCanvas = focusCanvas;
    }

    void install(NodeView view) {
        view.card().addEventHandler(MouseEvent.MOUSE_PRESSED, e -> press(view, e));
        view.card().addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        view.card().addEventHandler(MouseEvent.MOUSE_RELEASED, this::release);
    }

    /** Puts the dragged views back where the graph has them (Escape). */
    void cancel() {
        if (pressedId != null) {
            ModelGraph graph = editor.graph();
            origins.keySet().forEach(id -> graph.node(id).ifPresent(n -> {
                NodeView v = viewOf.apply(id);
                if (v != null) {
                    v.relocate(n.x(), n.y());
                }
            }));
            origins.clear();
            pressedId = null;
        }
    }

    private void press(NodeView view, MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;  // the middle button pans, even over a node: let the canvas have it
        }
        e.consume();
        focusCanvas.run();
        String id = view.nodeId();
        selectOnRelease = false;
        if (e.isShiftDown() || e.isShortcutDown()) {
            editor.toggleSelection(id);
        } else if (!editor.selection().contains(id)) {
            editor.select(id);
        } else {
            // Pressing one of several selected nodes may start moving them all; a plain click selects it alone.
            selectOnRelease = editor.selection().size() > 1;
        }
        pressedId = id;
        pressedAt = world.sceneToLocal(e.getSceneX(), e.getSceneY());
        moved = false;
        origins.clear();
        ModelGraph graph = editor.graph();
        for (String selected : editor.selection()) {
            graph.node(selected).ifPresent(n -> origins.put(n.id(), new Point2D(n.x(), n.y())));
        }
    }

    private void drag(MouseEvent e) {
        if (pressedId == null) {
            return;
        }
        e.consume();
        Point2D delta = world.sceneToLocal(e.getSceneX(), e.getSceneY()).subtract(pressedAt);
        double zoom = world.getLocalToSceneTransform().getMxx();
        if (!moved && delta.magnitude() * zoom < CLICK_SLOP) {
            return;
        }
        moved = true;
        double dx = Math.round(delta.getX());
        double dy = Math.round(delta.getY());
        origins.forEach((id, at) -> {
            NodeView v = viewOf.apply(id);
            if (v != null) {
                v.relocate(at.getX() + dx, at.getY() + dy);
            }
        });
    }

    private void release(MouseEvent e) {
        if (pressedId == null) {
            return;
        }
        e.consume();
        String id = pressedId;
        pressedId = null;
        if (moved) {
            Point2D delta = world.sceneToLocal(e.getSceneX(), e.getSceneY()).subtract(pressedAt);
            Map<String, Point2D> moving = Map.copyOf(origins);
            origins.clear();
            editor.moveBy(moving.keySet(), Math.round(delta.getX()), Math.round(delta.getY()));
        } else if (selectOnRelease && editor.graph().node(id).isPresent()) {
            editor.select(id);
        }
        origins.clear();
    }
}
