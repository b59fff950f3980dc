package org.layerlab.app.views;

import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;

import java.util.ArrayList;
import java.util.List;

/**
 * A resizable area painted on two Canvases: the data layer, repainted only when the data or the
 * size changed, and a cheap overlay for the hover read-out; a subclass may add layers between them.
 * Nothing here adds a node per data point.
 */
public abstract class CanvasPane extends Pane {

    private final Canvas base = new Canvas();
    private final Canvas overlay = new Canvas();
    private final List<Canvas> layers = new ArrayList<>();
    private boolean dirty = true;
    private final LiveClock.Gate liveGate = new LiveClock.Gate();
    /** When {@link #flushLive} was last asked (System.nanoTime). */
    private long lastLiveAsk = Long.MIN_VALUE / 2;

    protected CanvasPane() {
        overlay.setMouseTransparent(true);
        // An empty overlay would still be composited on every repaint: it shows only while the pointer is here.
        overlay.setVisible(false);
        addEventHandler(MouseEvent.MOUSE_ENTERED, e -> overlay.setVisible(true));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> overlay.setVisible(false));
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
            for (Canvas layer : layers) {
                layer.setWidth(w);
                layer.setHeight(h);
            }
            repaintNow();
        } else if (dirty && !live(System.nanoTime())) {
            repaintNow();
        }
    }

    /** True while the frame loop asks {@link #flushLive} every frame: it then paints the data's changes. */
    private boolean live(long nanoTime) {
        return nanoTime - lastLiveAsk < 2 * LiveClock.INTERVAL_NANOS;
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

    /**
     * As {@link #flush}, but only in the first frame of each tick of the {@link LiveClock}: for the frame
     * loop, which calls it on every frame, so the last change is always painted within a tick. Every
     * pane uses the same ticks, so the views that changed repaint in the same frame and the renderer
     * makes one pass for all of them: a change that arrives later in a tick waits for the next one
     * instead of costing a render of its own. A pane brought into view (its tab to the front) shows
     * what it last painted until then, instead of every pane of the tab repainting in the frame of the
     * switch (a pane resized, or shown for the first time, paints at once).
     */
    public final void flushLive() {
        flushLive(System.nanoTime());
    }

    /** {@link #flushLive()} at {@code now} (from {@link System#nanoTime()}): for tests that set the clock. */
    public final void flushLive(long now) {
        lastLiveAsk = now;
        boolean tickBegan = liveGate.open(now);
        if (tickBegan && dirty && isTreeShowing(this)) {
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

    /**
     * A canvas between the data layer and the overlay, sized with the pane, for content that changes
     * less often than the data (a subclass paints it from {@link #paint} when its own inputs changed).
     */
    protected final Canvas addLayer() {
        Canvas layer = new Canvas(base.getWidth(), base.getHeight());
        layer.setMouseTransparent(true);
        getChildren().add(getChildren().indexOf(overlay), layer);
        layers.add(layer);
        return layer;
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
