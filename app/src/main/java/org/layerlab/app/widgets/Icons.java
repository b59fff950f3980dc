package org.layerlab.app.widgets;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;

/**
 * Small run-control icons drawn as shapes, so they look the same on every system whatever its fonts
 * (media-control characters are missing from many). They take the button's text colour.
 */
public final class Icons {

    private static final double S = 12;

    private Icons() {
    }

    public static Node play() {
        return styled(new Polygon(0, 0, S, S / 2, 0, S));
    }

    public static Node pause() {
        return group(new Rectangle(0, 0, S * 0.35, S), new Rectangle(S * 0.62, 0, S * 0.35, S));
    }

    public static Node stop() {
        return styled(new Rectangle(0, 0, S * 0.9, S * 0.9));
    }

    /** Play then a bar: one step forward. */
    public static Node step() {
        return group(new Polygon(0, 0, S * 0.7, S / 2, 0, S), new Rectangle(S * 0.75, 0, S * 0.25, S));
    }

    private static Node group(Shape... shapes) {
        for (Shape s : shapes) {
            styled(s);
        }
        return new Group(shapes);
    }

    private static Shape styled(Shape s) {
        s.getStyleClass().add("icon-shape");
        return s;
    }
}
