package org.layerlab.app.canvas;

import javafx.geometry.Point2D;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.input.ZoomEvent;
import org.layerlab.engine.graph.LayerKind;

/**
 * What the canvas does with events that no node or connection took: rubber band (left drag), pan
 * (middle drag, Space + drag, scroll), zoom (Ctrl + scroll, pinch), keys, and drops from the palette.
 */
final class BackgroundGestures {

    private final CanvasView canvas;
    private final GraphEditor editor;
    private final Viewport viewport;
    private final SelectionBand band;
    private boolean spaceDown;
    private Point2D panFrom;

    BackgroundGestures(CanvasView canvas, GraphEditor editor, Viewport viewport, SelectionBand band) {
        this.canvas = canvas;
        this.editor = editor;
        this.viewport = viewport;
        this.band = band;
    }

    void install() {
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        canvas.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(ZoomEvent.ZOOM, e -> {
            viewport.zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        canvas.addEventHandler(DragEvent.DRAG_OVER, this::dragOver);
        canvas.addEventHandler(DragEvent.DRAG_DROPPED, this::dropped);
    }

    void cancel() {
        panFrom = null;
    }

    private void pressed(MouseEvent e) {
        canvas.requestFocus();
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && spaceDown)) {
            panFrom = new Point2D(e.getX(), e.getY());
            e.consume();
        } else if (e.getButton() == MouseButton.PRIMARY) {
            band.begin(e.getX(), e.getY(), e.isShiftDown() || e.isShortcutDown());
            e.consume();
        }
    }

    private void dragged(MouseEvent e) {
        if (panFrom != null) {
            viewport.panBy(e.getX() - panFrom.getX(), e.getY() - panFrom.getY());
            panFrom = new Point2D(e.getX(), e.getY());
        } else {
            band.drag(e.getX(), e.getY());
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        if (panFrom != null) {
            panFrom = null;
        } else if (e.getButton() == MouseButton.PRIMARY) {
            band.end();
        }
        e.consume();
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown()) {
            viewport.zoomAt(Math.pow(1.0025, e.getDeltaY()), e.getX(), e.getY());
        } else {
            viewport.panBy(e.getDeltaX(), e.getDeltaY());
        }
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE) {
            spaceDown = true;  // not consumed: Space may also mean Train/Pause to the main window
            return;
        }
        if (CanvasKeys.handle(canvas, editor, e)) {
            e.consume();
        }
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasContent(PaletteView.LAYER_KIND)) {
            e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        }
    }

    private void dropped(DragEvent e) {
        if (e.getDragboard().getContent(PaletteView.LAYER_KIND) instanceof String key) {
            Point2D at = viewport.viewToWorld(e.getX(), e.getY());
            // Centre the new card under the mouse.
            editor.addNode(LayerKind.fromKey(key),
                    Math.round(at.getX() - Layout.NODE_WIDTH / 2), Math.round(at.getY() - Layout.NODE_HEIGHT / 2));
            canvas.requestFocus();
            e.setDropCompleted(true);
            e.consume();
        }
    }
}
