package org.layerlab.app.canvas;

import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.shape.Rectangle;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

/**
 * Rubber-band selection on the empty canvas: the nodes the band touches become the selection (added
 * to it with Shift or Ctrl), live while dragging; a click without a drag clears the selection.
 */
final class SelectionBand {

    private final GraphEditor editor;
    private final Function<Bounds, Collection<String>> nodesIn;
    private final Function<Point2D, Point2D> viewToWorld;
    private final Rectangle rectangle = new Rectangle();
    private Point2D anchor;
    private Set<String> base = Set.of();
    private boolean additive;
    private boolean dragged;

    /**
     * @param nodesIn     ids of the nodes whose cards intersect a rectangle in graph coordinates
     * @param viewToWorld converts a point of the canvas view to graph coordinates
     */
    SelectionBand(GraphEditor editor, Function<Bounds, Collection<String>> nodesIn, Function<Point2D, Point2D> viewToWorld) {
        this.editor = editor;
        this.nodesIn = nodesIn;
        this.viewToWorld = viewToWorld;
        rectangle.getStyleClass().add("selection-band");
        rectangle.setManaged(false);
        rectangle.setMouseTransparent(true);
        rectangle.setVisible(false);
    }

    /** The band, in view coordinates: the canvas adds it above the graph. */
    Rectangle rectangle() {
        return rectangle;
    }

    void begin(double viewX, double viewY, boolean addToSelection) {
        anchor = new Point2D(viewX, viewY);
        additive = addToSelection;
        base = additive ? new LinkedHashSet<>(editor.selection()) : Set.of();
        dragged = false;
    }

    void drag(double viewX, double viewY) {
        if (anchor == null) {
            return;
        }
        if (!dragged && anchor.distance(viewX, viewY) < 3) {
            return;
        }
        dragged = true;
        double x = Math.min(anchor.getX(), viewX);
        double y = Math.min(anchor.getY(), viewY);
        double w = Math.abs(viewX - anchor.getX());
        double h = Math.abs(viewY - anchor.getY());
        rectangle.setX(x);
        rectangle.setY(y);
        rectangle.setWidth(w);
        rectangle.setHeight(h);
        rectangle.setVisible(true);
        Point2D a = viewToWorld.apply(new Point2D(x, y));
        Point2D b = viewToWorld.apply(new Point2D(x + w, y + h));
        Set<String> chosen = new LinkedHashSet<>(base);
        chosen.addAll(nodesIn.apply(new BoundingBox(a.getX(), a.getY(), b.getX() - a.getX(), b.getY() - a.getY())));
        editor.selectOnly(chosen);
    }

    void end() {
        if (anchor != null && !dragged && !additive) {
            editor.clearSelection();
        }
        cancel();
    }

    void cancel() {
        anchor = null;
        rectangle.setVisible(false);
    }
}
