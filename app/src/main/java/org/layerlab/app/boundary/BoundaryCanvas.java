package org.layerlab.app.boundary;

import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.List;
import org.layerlab.app.views.AxisPainter;
import org.layerlab.app.views.CanvasPane;
import org.layerlab.app.views.Numbers;
import org.layerlab.app.views.Palette;
import org.layerlab.app.views.Scale;
import org.layerlab.app.views.ViewFonts;
import org.layerlab.engine.train.DecisionSurface;
import org.layerlab.engine.train.FittedCurve;

/**
 * Paints a {@link BoundaryModel}: the heatmap image (or curve) and the title on the data layer, the
 * axes and legend on a layer above it, the points on a layer above that; each layer is repainted only
 * when what it shows changed. Hover shows probabilities.
 */
final class BoundaryCanvas extends CanvasPane {

    private static final double LEFT = 70;
    private static final double TOP = 40;
    private static final double BOTTOM = 56;
    /** Room for the legend at most; a legend of short class names takes less. */
    private static final double LEGEND = 230;
    private static final double RADIUS = 5.5;

    private final BoundaryModel model;
    private final BoundaryLegend legend;
    private WritableImage image;
    private int[] imagePixels;
    private Scale xs;
    private Scale ys;
    private double hoverX = Double.NaN;
    private double hoverY = Double.NaN;
    // Layers above the data layer (which holds only the grid image, the curve and the title), in this order.
    private final Canvas frame = addLayer();
    private final Canvas points = addLayer();
    private FrameKey frameKey;
    private PointsKey pointsKey;

    BoundaryCanvas(BoundaryModel model) {
        this.model = model;
        this.legend = new BoundaryLegend(model);
        setPrefSize(760, 560);
        setOnMouseMoved(e -> {
            hoverX = e.getX();
            hoverY = e.getY();
            repaintOverlay();
        });
        setOnMouseExited(e -> {
            hoverX = Double.NaN;
            repaintOverlay();
        });
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        g.setFill(Palette.BACKGROUND);
        g.fillRect(0, 0, w, h);
        DecisionSurface surface = model.surface();
        FittedCurve curve = model.curve();
        int epoch = surface != null ? surface.epoch() : curve != null ? curve.epoch() : -1;
        String what = model.isRegression() ? "Fitted curve" : "Decision boundary";
        AxisPainter.title(g, epoch < 0 ? what : what + " · epoch " + epoch, 12, 24);
        double legendW = Math.min(LEGEND, legend.width() + 40);
        double availW = w - LEFT - legendW;
        double availH = h - TOP - BOTTOM;
        xs = null;
        if (availW < 60 || availH < 60) {
            pointsKey = null;
            frameKey = null;
            points.getGraphicsContext2D().clearRect(0, 0, points.getWidth(), points.getHeight());
            frame.getGraphicsContext2D().clearRect(0, 0, frame.getWidth(), frame.getHeight());
            return;
        }
        double[] b = model.bounds();
        double plotW = availW;
        double plotH = availH;
        if (!model.isRegression()) {
            // Same units on both axes, so circles look like circles.
            double s = Math.min(availW / (b[1] - b[0]), availH / (b[3] - b[2]));
            plotW = (b[1] - b[0]) * s;
            plotH = (b[3] - b[2]) * s;
        }
        double left = LEFT;
        double top = TOP + (availH - plotH) / 2;
        xs = Scale.linear(b[0], b[1], left, left + plotW);
        ys = Scale.linear(b[2], b[3], top + plotH, top);
        if (surface != null) {
            paintSurface(g, surface, left, top, plotW, plotH);
        }
        if (model.isRegression()) {
            g.save();
            g.beginPath();
            g.rect(left, top, plotW, plotH);
            g.clip();
            paintCurve(g, curve);
            g.restore();
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c < model.classCount(); c++) {
            names.add(model.className(c));
        }
        FrameKey frameKey = new FrameKey(w, h, left, top, plotW, plotH, b[0], b[1], b[2], b[3], model.isRegression(),
                names, model.showValidation(), model.discretize(), surface == null ? 0 : surface.classes());
        if (!frameKey.equals(this.frameKey)) {
            this.frameKey = frameKey;
            paintFrameLayer(frameKey);
        }
        PointsKey key = new PointsKey(w, h, left, top, plotW, plotH, b[0], b[1], b[2], b[3], model.trainXy(),
                model.validationXy(), model.showValidation(), model.isRegression(), surface == null && curve == null);
        if (!key.equals(pointsKey)) {
            pointsKey = key;
            paintPointsLayer(key);
        }
    }

    /**
     * What the frame layer (axes, grid, legend) shows: it is repainted only when one of these
     * changes, so a new grid costs one image and a title.
     */
    private record FrameKey(double w, double h, double left, double top, double plotW, double plotH, double x0,
                            double x1, double y0, double y1, boolean regression, List<String> classNames,
                            boolean showValidation, boolean discretize, int surfaceClasses) {
    }

    private void paintFrameLayer(FrameKey key) {
        GraphicsContext g = frame.getGraphicsContext2D();
        g.clearRect(0, 0, frame.getWidth(), frame.getHeight());
        AxisPainter.paint(g, xs, ys, key.left(), key.top(), key.left() + key.plotW(), key.top() + key.plotH(),
                key.regression() ? "x" : "x₁", key.regression() ? "y" : "x₂", false);
        legend.paint(g, key.left() + key.plotW() + 28, key.top(), key.h() - 12);
    }

    /**
     * What the points layer shows: it is repainted only when one of these changes, not for every new
     * grid (a thousand outlined circles cost a software renderer more than the whole rest of the view).
     */
    private record PointsKey(double w, double h, double left, double top, double plotW, double plotH, double x0,
                             double x1, double y0, double y1, double[][] train, double[][] validation,
                             boolean showValidation, boolean regression, boolean empty) {
    }

    private void paintPointsLayer(PointsKey key) {
        GraphicsContext g = points.getGraphicsContext2D();
        g.clearRect(0, 0, points.getWidth(), points.getHeight());
        g.save();
        g.beginPath();
        g.rect(key.left(), key.top(), key.plotW(), key.plotH());
        g.clip();
        paintPoints(g, model.trainXy(), model.trainLabels(), false);
        if (model.showValidation()) {
            paintPoints(g, model.validationXy(), model.validationLabels(), true);
        }
        g.restore();
        if (key.empty()) {
            AxisPainter.emptyMessage(g, "No prediction yet: press Train", key.left() + key.plotW() / 2,
                    key.top() + key.plotH() / 2);
        }
    }

    private void paintSurface(GraphicsContext g, DecisionSurface surface, double left, double top, double w, double h) {
        int[] pixels = model.surfacePixels();
        if (image == null || image.getWidth() != surface.cols() || image.getHeight() != surface.rows()) {
            image = new WritableImage(surface.cols(), surface.rows());
            imagePixels = null;
        }
        if (pixels != imagePixels) {
            image.getPixelWriter().setPixels(0, 0, surface.cols(), surface.rows(), PixelFormat.getIntArgbInstance(),
                    pixels, 0, surface.cols());
            imagePixels = pixels;
        }
        // Smooth blending reads as probability; hard regions should keep hard edges.
        g.setImageSmoothing(!model.discretize());
        g.drawImage(image, left, top, w, h);
        g.setImageSmoothing(true);
    }

    private void paintCurve(GraphicsContext g, FittedCurve curve) {
        g.setStroke(Palette.BLUE);
        g.setLineWidth(3.5);
        g.beginPath();
        for (int i = 0; i < curve.x().length; i++) {
            double px = xs.toPixel(curve.x()[i]);
            double py = ys.toPixel(curve.y()[i]);
            if (i == 0) {
                g.moveTo(px, py);
            } else {
                g.lineTo(px, py);
            }
        }
        g.stroke();
    }

    private void paintPoints(GraphicsContext g, double[][] xy, int[] labels, boolean validation) {
        boolean regression = model.isRegression();
        g.setLineWidth(1.3);
        g.setStroke(Palette.INK);
        for (int i = 0; i < xy.length; i++) {
            double px = xs.toPixel(xy[i][0]);
            double py = ys.toPixel(xy[i][1]);
            Color fill = regression ? (validation ? Palette.VALIDATION : Palette.MUTED) : Palette.classColor(labels[i]);
            g.setFill(fill);
            if (validation) {
                marker(g, px, py, RADIUS + 1.5, true);
            } else {
                marker(g, px, py, RADIUS, false);
            }
        }
    }

    /** Where a data point is drawn, in this pane's coordinates; null until the plot was painted. */
    Point2D pixelOf(double x, double y) {
        return xs == null ? null : new Point2D(xs.toPixel(x), ys.toPixel(y));
    }

    /** A circle, or a diamond for validation points. */
    static void marker(GraphicsContext g, double px, double py, double r, boolean diamond) {
        if (diamond) {
            double[] mx = {px, px + r, px, px - r};
            double[] my = {py - r, py, py + r, py};
            g.fillPolygon(mx, my, 4);
            g.strokePolygon(mx, my, 4);
        } else {
            g.fillOval(px - r, py - r, 2 * r, 2 * r);
            g.strokeOval(px - r, py - r, 2 * r, 2 * r);
        }
    }

    @Override
    protected void paintOverlay(GraphicsContext g, double w, double h) {
        if (xs == null || Double.isNaN(hoverX) || model.surface() == null) {
            return;
        }
        double x = xs.toData(hoverX);
        double y = ys.toData(hoverY);
        double[] p = model.probabilitiesAt(x, y);
        if (p == null) {
            return;
        }
        String where = "x₁ " + Numbers.compact(x) + ", x₂ " + Numbers.compact(y);
        String what;
        if (p.length <= 2) {
            double p1 = p.length == 1 ? p[0] : p[1];
            what = "P(" + model.className(1) + ") = " + Numbers.fixed(p1, 2);
        } else {
            int best = 0;
            for (int c = 1; c < p.length; c++) {
                best = p[c] > p[best] ? c : best;
            }
            what = model.className(best) + ", P = " + Numbers.fixed(p[best], 2);
        }
        double tw = Math.max(ViewFonts.width(where, ViewFonts.LABEL), ViewFonts.width(what, ViewFonts.LABEL_BOLD)) + 16;
        double bx = hoverX + 14 + tw > w ? hoverX - 14 - tw : hoverX + 14;
        double by = Math.max(4, hoverY - 50);
        g.setFill(Palette.withAlpha(Palette.BACKGROUND, 0.94));
        g.fillRect(bx, by, tw, 48);
        g.setStroke(Palette.FRAME);
        g.setLineWidth(1);
        g.strokeRect(bx, by, tw, 48);
        g.setFill(Palette.INK);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.setFont(ViewFonts.LABEL);
        g.fillText(where, bx + 8, by + 5);
        g.setFont(ViewFonts.LABEL_BOLD);
        g.fillText(what, bx + 8, by + 25);
        g.setTextBaseline(VPos.BASELINE);
    }
}
