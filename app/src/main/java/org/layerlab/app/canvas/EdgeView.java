package org.layerlab.app.canvas;

import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Polygon;
import org.layerlab.engine.graph.Edge;

/**
 * One connection: a cubic curve from an output port to an input port, ending in an arrow, with a
 * wider invisible twin underneath so it is easy to click.
 */
final class EdgeView extends Group {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final double ARROW_LENGTH = 12;
    static final double ARROW_HALF_WIDTH = 6.5;

    private final Edge edge;
    private final CubicCurve hit = new CubicCurve();
    private final CubicCurve curve = new CubicCurve();
    private final Polygon arrow = new Polygon();

    EdgeView(Edge edge) {
        this.edge = edge;
        setId("edge-" + edge.from() + "-" + edge.to());
        setUserData(edge);
        getStyleClass().add("edge");
        hit.getStyleClass().add("edge-hit");
        curve.getStyleClass().add("edge-curve");
        curve.setMouseTransparent(true);
        arrow.getStyleClass().add("edge-arrow");
        arrow.setMouseTransparent(true);
        getChildren().addAll(hit, curve, arrow);
    }

    Edge edge() {
        return edge;
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    /** Draws the connection from {@code start} (an output port) to {@code end} (an input port). */
    void update(Point2D start, Point2D end) {
        // The tip touches the input port's rim rather than hiding under it.
        Point2D tip = new Point2D(end.getX() - NodeView.PORT_RADIUS, end.getY());
        Point2D base = new Point2D(tip.getX() - ARROW_LENGTH, tip.getY());
        shape(hit, start, base);
        shape(curve, start, base);
        arrow.getPoints().setAll(
                tip.getX(), tip.getY(),
                base.getX(), base.getY() - ARROW_HALF_WIDTH,
                base.getX(), base.getY() + ARROW_HALF_WIDTH);
    }

    /**
     * Horizontal tangents at both ends, pulled out by half the horizontal distance (at least 50 px)
     * so that a connection going backwards still leaves and enters its ports sideways.
     */
    static void shape(CubicCurve c, Point2D start, Point2D end) {
        double pull = Math.max(50, Math.abs(end.getX() - start.getX()) / 2);
        c.setStartX(start.getX());
        c.setStartY(start.getY());
        c.setControlX1(start.getX() + pull);
        c.setControlY1(start.getY());
        c.setControlX2(end.getX() - pull);
        c.setControlY2(end.getY());
        c.setEndX(end.getX());
        c.setEndY(end.getY());
    }
}
