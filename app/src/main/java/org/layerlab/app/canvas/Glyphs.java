package org.layerlab.app.canvas;

import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.text.Text;
import org.layerlab.engine.graph.LayerKind;

/**
 * One small drawing per layer kind (a tiny dense net, dropped dots, a ReLU elbow...) in a rounded
 * badge coloured by the kind's {@link LayerRole}. Drawn with shapes, so no icon font is needed.
 */
final class Glyphs {

    /** The drawings are made in a 20 x 20 box. */
    private static final double BOX = 20;

    private Glyphs() {
    }

    /** A square badge {@code size} pixels wide with the kind's drawing in white. */
    static StackPane badge(LayerKind kind, double size) {
        Group drawing = drawing(kind);
        double scale = size * 0.62 / BOX;
        drawing.setScaleX(scale);
        drawing.setScaleY(scale);
        StackPane badge = new StackPane(new Group(drawing));
        badge.getStyleClass().addAll("layer-badge", LayerRole.of(kind).styleClass());
        badge.setMinSize(size, size);
        badge.setPrefSize(size, size);
        badge.setMaxSize(size, size);
        badge.setMouseTransparent(true);
        return badge;
    }

    private static Group drawing(LayerKind kind) {
        Group g = new Group();
        // A transparent frame keeps every drawing the same size, so the badges centre them alike.
        Rectangle frame = new Rectangle(0, 0, BOX, BOX);
        frame.getStyleClass().add("glyph-frame");
        g.getChildren().add(frame);
        switch (kind) {
            case INPUT -> g.getChildren().add(stroke("M2 10 H13 M9 6 L13 10 L9 14 M17 3.5 V16.5"));
            case OUTPUT -> g.getChildren().add(stroke("M3 3.5 V16.5 M7 10 H18 M14 6 L18 10 L14 14"));
            case DENSE -> {
                SVGPath wires = stroke("M3.5 3.5 L16.5 6.5 M3.5 3.5 L16.5 13.5 M3.5 10 L16.5 6.5 M3.5 10 L16.5 13.5 "
                        + "M3.5 16.5 L16.5 6.5 M3.5 16.5 L16.5 13.5");
                wires.getStyleClass().setAll("glyph-thin");
                g.getChildren().add(wires);
                for (double y : new double[] {3.5, 10, 16.5}) {
                    g.getChildren().add(dot(3.5, y, 2.6));
                }
                g.getChildren().addAll(dot(16.5, 6.5, 2.6), dot(16.5, 13.5, 2.6));
            }
            case DROPOUT -> {
                double[] at = {3.5, 10, 16.5};
                boolean[] dropped = {false, true, false, true, false, false, false, false, true};
                for (int i = 0; i < 9; i++) {
                    double cx = at[i % 3];
                    double cy = at[i / 3];
                    g.getChildren().add(dropped[i] ? ring(cx, cy, 2.3) : dot(cx, cy, 2.6));
                }
            }
            case GAUSSIAN_NOISE -> g.getChildren().add(stroke("M1.5 11 L4.5 6 L7 14.5 L10 4 L12.5 13 L15 7.5 L18.5 11"));
            case GAUSSIAN_DROPOUT -> g.getChildren().add(stroke("M1.5 16 C7 16 7 4 10 4 C13 4 13 16 18.5 16"));
            case ALPHA_DROPOUT -> g.getChildren().add(text("α", "glyph-text-large"));
            case BATCH_NORM -> g.getChildren().add(text("BN", "glyph-text"));
            case LAYER_NORM -> g.getChildren().add(text("LN", "glyph-text"));
            case ACTIVATION -> g.getChildren().add(stroke("M2 14.5 H9.5 L17.5 4"));
            case MERGE -> g.getChildren().add(stroke("M2.5 4.5 C8 4.5 8 10 11.5 10 M2.5 15.5 C8 15.5 8 10 11.5 10 M11.5 10 H18"));
        }
        return g;
    }

    private static SVGPath stroke(String path) {
        SVGPath p = new SVGPath();
        p.setContent(path);
        p.getStyleClass().add("glyph-stroke");
        return p;
    }

    private static Circle dot(double x, double y, double r) {
        Circle c = new Circle(x, y, r);
        c.getStyleClass().add("glyph-fill");
        return c;
    }

    private static Circle ring(double x, double y, double r) {
        Circle c = new Circle(x, y, r);
        c.getStyleClass().add("glyph-ring");
        return c;
    }

    private static Node text(String s, String styleClass) {
        Text t = new Text(s);
        t.getStyleClass().add(styleClass);
        // Centre the text in the 20 x 20 box once its font is known.
        t.layoutBoundsProperty().addListener((obs, old, b) -> {
            t.setX((BOX - b.getWidth()) / 2 - (b.getMinX() - t.getX()));
            t.setY((BOX - b.getHeight()) / 2 - (b.getMinY() - t.getY()));
        });
        return t;
    }
}
