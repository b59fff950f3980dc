package org.layerlab.app.views;

import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;

/**
 * A resizable area painted on two Canvases: the data layer, repainted only when the data or the
 * size changed, and a cheap overlay for the hover read-out. Nothing here adds a node per data point.
 */
public abstract class CanvasPane extends Pane {

    private final Canvas base = new Canvas();
    private final Canvas overlay = new Canvas();
    private boolean dirty = true;

    protected CanvasPane() {
        overlay.setMouseTransparent(true);
        getChildren().addAll(base, overlay);
        setMinSize(160, 100);
        setPrefSize(520, 300);
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (base.getWidth() != w || base.getHeight() != h) {
            base.setWidth(w);
            base.setHeight(h);
            overlay.setWidth(w);
            overlay.setHeight(h);
            dirty = true;
        }
        if (dirty) {
            repaintNow();
        }
    }

    /** Notes that the data changed; {@link #flush} repaints once. */
    public final void markDirty() {
        dirty = true;
    }

    /** Repaints if something changed and the pane is showing (a hidden tab costs nothing). */
    public final void flush() {
        if (dirty && isTreeShowing(this)) {
            repaintNow();
        }
    }

    /** Repaints both layers now, showing or not (used before a PNG snapshot). */
    public final void repaintNow() {
        dirty = false;
        double w = base.getWidth();
        double h = base.getHeight();
        GraphicsContext g = base.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (w > 0 && h > 0) {
            paint(g, w, h);
        }
        repaintOverlay();
    }

    /** Repaints only the overlay (hover), leaving the data layer as it is. */
    protected final void repaintOverlay() {
        double w = overlay.getWidth();
        double h = overlay.getHeight();
        GraphicsContext g = overlay.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (w > 0 && h > 0) {
            paintOverlay(g, w, h);
        }
    }

    protected abstract void paint(GraphicsContext g, double width, double height);

    protected void paintOverlay(GraphicsContext g, double width, double height) {
    }

    /** True when the node is in a showing window and neither it nor any ancestor is hidden. */
    public static boolean isTreeShowing(Node node) {
        if (node.getScene() == null || node.getScene().getWindow() == null || !node.getScene().getWindow().isShowing()) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
