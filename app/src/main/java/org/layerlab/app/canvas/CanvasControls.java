package org.layerlab.app.canvas;

import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.event.Event;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;

/** The small floating bar in the canvas' corner: zoom out, zoom level (click for 100 %), zoom in, fit, tidy up. */
final class CanvasControls extends HBox {

    CanvasControls(CanvasView canvas, DoubleProperty zoom) {
        getStyleClass().add("canvas-controls");
        Button out = button("−", "Zoom out (Ctrl+minus)", canvas::zoomOut);
        Button level = button("100 %", "Back to 100 % (Ctrl+0)", canvas::resetZoom);
        level.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(zoom.get() * 100) + " %", zoom));
        level.getStyleClass().add("zoom-level");
        Button in = button("+", "Zoom in (Ctrl+plus)", canvas::zoomIn);
        Button fit = button("Fit", "Show the whole network", canvas::zoomToFit);
        Button tidy = button("Tidy up", "Arrange the layers left to right (undoable)", canvas::tidyUp);
        tidy.setId("canvas-tidy");
        getChildren().addAll(out, level, in, fit, tidy);
        setManaged(false);
        // Clicks on the bar are not clicks on the canvas (no rubber band, no deselection).
        addEventHandler(MouseEvent.ANY, Event::consume);
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add("canvas-control");
        b.setFocusTraversable(false);  // keep the keyboard focus on the canvas
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
