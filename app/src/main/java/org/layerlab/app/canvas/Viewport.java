package org.layerlab.app.canvas;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

/**
 * Zoom and pan of the canvas: one scale and one translation applied to the group that holds the
 * graph, and the dot grid behind it, redrawn only when the view moves or resizes.
 */
final class Viewport {

    static final double MIN_SCALE = 0.25;
    static final double MAX_SCALE = 3.0;
    static final double STEP = 1.2;
    /** Grid spacing in canvas pixels at 100 %. */
    private static final double GRID = 24;
    private static final Color DOT = Color.web("#c4cbd4");

    private final Canvas grid = new Canvas();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Translate translate = new Translate();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);

    Viewport(Group world) {
        world.getTransforms().setAll(translate, scale);
        grid.setMouseTransparent(true);
        grid.getStyleClass().add("canvas-grid");
        zoom.addListener((obs, old, z) -> {
            scale.setX(z.doubleValue());
            scale.setY(z.doubleValue());
            drawGrid();
        });
        translate.xProperty().addListener(o -> drawGrid());
        translate.yProperty().addListener(o -> drawGrid());
    }

    Canvas grid() {
        return grid;
    }

    /** The current scale, 1 at 100 %. */
    DoubleProperty zoomProperty() {
        return zoom;
    }

    double zoom() {
        return zoom.get();
    }

    void resize(double width, double height) {
        if (grid.getWidth() != width || grid.getHeight() != height) {
            grid.setWidth(width);
            grid.setHeight(height);
            drawGrid();
        }
    }

    /** Multiplies the scale by {@code factor}, keeping the graph point under (viewX, viewY) in place. */
    void zoomAt(double factor, double viewX, double viewY) {
        double old = zoom.get();
        double next = Math.max(MIN_SCALE, Math.min(MAX_SCALE, old * factor));
        double worldX = (viewX - translate.getX()) / old;
        double worldY = (viewY - translate.getY()) / old;
        zoom.set(next);
        translate.setX(viewX - worldX * next);
        translate.setY(viewY - worldY * next);
    }

    void panBy(double dx, double dy) {
        translate.setX(translate.getX() + dx);
        translate.setY(translate.getY() + dy);
    }

    /** Back to 100 % with the canvas origin at the top-left corner. */
    void reset() {
        zoom.set(1);
        translate.setX(0);
        translate.setY(0);
    }

    /** Shows all of {@code content} (graph coordinates), centred, at most at {@code maxScale}. */
    void fit(Bounds content, double viewWidth, double viewHeight, double margin, double maxScale) {
        if (content.isEmpty() || viewWidth <= 0 || viewHeight <= 0) {
            return;
        }
        double s = Math.min((viewWidth - 2 * margin) / content.getWidth(), (viewHeight - 2 * margin) / content.getHeight());
        s = Math.max(MIN_SCALE, Math.min(maxScale, s));
        zoom.set(s);
        translate.setX((viewWidth - content.getWidth() * s) / 2 - content.getMinX() * s);
        translate.setY((viewHeight - content.getHeight() * s) / 2 - content.getMinY() * s);
    }

    /** Pans so that the graph point is at the centre of the view. */
    void centreOn(Point2D worldPoint, double viewWidth, double viewHeight) {
        translate.setX(viewWidth / 2 - worldPoint.getX() * zoom.get());
        translate.setY(viewHeight / 2 - worldPoint.getY() * zoom.get());
    }

    /** The part of the graph plane that is on screen, in graph coordinates. */
    Bounds visibleWorld(double viewWidth, double viewHeight) {
        return new javafx.geometry.BoundingBox(-translate.getX() / zoom.get(), -translate.getY() / zoom.get(),
                viewWidth / zoom.get(), viewHeight / zoom.get());
    }

    Point2D viewToWorld(double viewX, double viewY) {
        return new Point2D((viewX - translate.getX()) / zoom.get(), (viewY - translate.getY()) / zoom.get());
    }

    private void drawGrid() {
        GraphicsContext g = grid.getGraphicsContext2D();
        double w = grid.getWidth();
        double h = grid.getHeight();
        g.clearRect(0, 0, w, h);
        double step = GRID * zoom.get();
        while (step < 12) {
            step *= 2;  // keep the dots apart when zoomed far out
        }
        double r = Math.max(1.0, Math.min(2.0, 1.4 * zoom.get()));
        double startX = mod(translate.getX(), step);
        double startY = mod(translate.getY(), step);
        g.setFill(DOT);
        for (double x = startX; x < w; x += step) {
            for (double y = startY; y < h; y += step) {
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
    }

    private static double mod(double a, double m) {
        double r = a % m;
        return r < 0 ? r + m : r;
    }
}
