package org.layerlab.app.canvas;

import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.CubicCurve;

import java.util.Optional;
import java.util.function.Function;

/**
 * Connecting by dragging from a port: a dashed curve follows the mouse, the node under it lights up
 * green (accepted) or red (refused, with the reason beside the mouse), and releasing over a node's
 * port or body connects the two. Dragging from an input port connects the other way round.
 */
final class PortDrag {

    private final GraphEditor editor;
    private final Group world;
    private final Function<Point2D, NodeView> nodeAt;
    private final CubicCurve curve = new CubicCurve();
    private final Label reason = new Label();
    private NodeView start;
    private boolean fromOutput;
    private NodeView target;

    /**
     * @param world  the transformed group holding the connection layer then the node layer; the
     *               curve and label go into it
     * @param nodeAt the node whose card or ports are under a graph point, or null
     */
    PortDrag(GraphEditor editor, Group world, Function<Point2D, NodeView> nodeAt) {
        this.editor = editor;
        this.world = world;
        this.nodeAt = nodeAt;
        curve.getStyleClass().add("connection-preview");
        curve.setMouseTransparent(true);
        reason.getStyleClass().add("connection-refusal");
        reason.setMouseTransparent(true);
        reason.setManaged(false);
    }

    /** Gives the node's two ports their drag gestures. */
    void install(NodeView view) {
        view.outputPort().addEventHandler(MouseEvent.MOUSE_PRESSED, e -> begin(view, true, e));
        view.inputPort().addEventHandler(MouseEvent.MOUSE_PRESSED, e -> begin(view, false, e));
        for (var port : new javafx.scene.Node[] {view.outputPort(), view.inputPort()}) {
            port.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
            port.addEventHandler(MouseEvent.MOUSE_RELEASED, this::release);
        }
    }

    boolean isActive() {
        return start != null;
    }

    /** Drops the connection being dragged, if any (Escape, or the start node disappeared). */
    void cancel() {
        if (start != null) {
            setTarget(null, false);
            world.getChildren().removeAll(curve, reason);
            start = null;
        }
    }

    private void begin(NodeView view, boolean output, MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        e.consume();
        cancel();
        start = view;
        fromOutput = output;
        // The curve goes under the cards (above the connections), the reason above everything.
        world.getChildren().add(1, curve);
        world.getChildren().add(reason);
        reason.setVisible(false);
        follow(world.sceneToLocal(e.getSceneX(), e.getSceneY()));
    }

    private void drag(MouseEvent e) {
        if (start != null) {
            e.consume();
            follow(world.sceneToLocal(e.getSceneX(), e.getSceneY()));
        }
    }

    private void release(MouseEvent e) {
        if (start == null) {
            return;
        }
        e.consume();
        Point2D at = world.sceneToLocal(e.getSceneX(), e.getSceneY());
        NodeView over = nodeAt.apply(at);
        String startId = start.nodeId();
        cancel();
        if (over != null) {
            String from = fromOutput ? startId : over.nodeId();
            String to = fromOutput ? over.nodeId() : startId;
            editor.connect(from, to);  // refused connections simply do nothing: the red hint already said why
        }
    }

    private void follow(Point2D mouse) {
        if (fromOutput) {
            EdgeView.shape(curve, start.outputPoint(), mouse);
        } else {
            EdgeView.shape(curve, mouse, start.inputPoint());
        }
        NodeView over = nodeAt.apply(mouse);
        Optional<String> refusal = Optional.empty();
        if (over != null) {
            String from = fromOutput ? start.nodeId() : over.nodeId();
            String to = fromOutput ? over.nodeId() : start.nodeId();
            refusal = over == start ? Optional.empty() : editor.connectionRefusal(from, to);
        }
        // Hovering the start node itself is where every drag begins: stay neutral there.
        setTarget(over == start ? null : over, refusal.isPresent());
        reason.setVisible(refusal.isPresent());
        refusal.ifPresent(text -> {
            reason.setText(text);
            reason.applyCss();  // unmanaged: nobody else sizes it, and it needs its skin first
            reason.autosize();
            reason.relocate(mouse.getX() + 14, mouse.getY() + 14);
        });
    }

    private void setTarget(NodeView view, boolean refused) {
        if (target != null && target != view) {
            target.setDropState(false, false);
        }
        target = view;
        if (view != null) {
            view.setDropState(true, refused);
        }
    }
}
