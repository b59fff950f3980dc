package org.layerlab.app.dataset;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.layerlab.engine.data.Dataset;
import org.layerlab.engine.data.DatasetKind;
import org.layerlab.engine.data.PreparedData;

/**
 * A small picture of the data: 2-D points coloured by class (training points filled, validation
 * points as rings), a strip of digits for MNIST, x-y points for 1-D regression, or a message.
 */
public final class DataPreview extends Region {

    /** Class colours, distinguishable when projected and for the common colour-blindness (Okabe-Ito). */
    public static final Color[] CLASS_COLORS = {
            Color.web("#0072B2"), Color.web("#E69F00"), Color.web("#009E73"), Color.web("#CC79A7"),
            Color.web("#D55E00"), Color.web("#56B4E9"), Color.web("#F0E442"), Color.web("#000000"),
            Color.web("#999999"), Color.web("#8C564B")};
    private static final int MAX_POINTS = 1500;
    private static final double PAD = 8;

    private final Canvas canvas = new Canvas();
    private PreparedData data;
    private String message = "";

    public DataPreview() {
        getStyleClass().add("data-preview");
        getChildren().add(canvas);
        setMinHeight(120);
        setPrefHeight(170);
        widthProperty().addListener(o -> draw());
        heightProperty().addListener(o -> draw());
    }

    /** Shows this data (null shows {@code messageIfNone}). */
    public void show(PreparedData prepared, String messageIfNone) {
        data = prepared;
        message = messageIfNone == null ? "" : messageIfNone;
        draw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (w < 20 || h < 20) {
            return;
        }
        if (data == null || data.train().size() == 0) {
            centred(g, message, w, h);
        } else if (data.spec().kind() == DatasetKind.MNIST) {
            drawDigits(g, data.train(), w, h);
        } else if (!data.train().isClassification() && data.train().featureCount() == 1) {
            drawRegression(g, data, w, h);
        } else if (data.train().isClassification() && data.train().featureCount() >= 2) {
            drawScatter(g, data, w, h);
        } else {
            centred(g, data.train().size() + " examples · " + data.train().featureCount() + " features", w, h);
        }
    }

    private static void centred(GraphicsContext g, String text, double w, double h) {
        g.setFill(Color.web("#57606a"));
        g.setFont(Font.font(14));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, w / 2, h / 2, w - 2 * PAD);
    }

    private static void drawScatter(GraphicsContext g, PreparedData d, double w, double h) {
        double[] box = bounds(d.train(), 0, 1);
        plotClasses(g, d.validation(), box, w, h, false);
        plotClasses(g, d.train(), box, w, h, true);
    }

    private static void plotClasses(GraphicsContext g, Dataset set, double[] box, double w, double h, boolean filled) {
        int step = Math.max(1, set.size() / MAX_POINTS);
        double r = 3.2;
        g.setLineWidth(1.2);
        for (int i = 0; i < set.size(); i += step) {
            double x = px(set.features()[i][0], box[0], box[1], w);
            double y = py(set.features()[i][1], box[2], box[3], h);
            Color c = CLASS_COLORS[Math.floorMod(set.labels()[i], CLASS_COLORS.length)];
            if (filled) {
                g.setFill(c);
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
            } else {
                g.setStroke(c);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            }
        }
    }

    private static void drawRegression(GraphicsContext g, PreparedData d, double w, double h) {
        Dataset t = d.train();
        double xMin = Double.MAX_VALUE;
        double xMax = -Double.MAX_VALUE;
        double yMin = Double.MAX_VALUE;
        double yMax = -Double.MAX_VALUE;
        for (int i = 0; i < t.size(); i++) {
            xMin = Math.min(xMin, t.features()[i][0]);
            xMax = Math.max(xMax, t.features()[i][0]);
            yMin = Math.min(yMin, t.targets()[i]);
            yMax = Math.max(yMax, t.targets()[i]);
        }
        g.setFill(CLASS_COLORS[0]);
        int step = Math.max(1, t.size() / MAX_POINTS);
        for (int i = 0; i < t.size(); i += step) {
            double x = px(t.features()[i][0], xMin, xMax, w);
            double y = py(t.targets()[i], yMin, yMax, h);
            g.fillOval(x - 3, y - 3, 6, 6);
        }
    }

    private static void drawDigits(GraphicsContext g, Dataset t, double w, double h) {
        int side = (int) Math.sqrt(t.featureCount());
        if (side * side != t.featureCount()) {
            centred(g, t.size() + " images", w, h);
            return;
        }
        double labelSpace = 22;
        double cell = Math.min(h - labelSpace - PAD, (w - PAD) / 6.0);
        int count = Math.max(1, Math.min(t.size(), (int) ((w - PAD) / cell)));
        double pixel = (cell - 6) / side;
        double top = (h - cell - labelSpace) / 2;
        for (int k = 0; k < count; k++) {
            float[] img = t.features()[k];
            float max = 0;
            for (float v : img) {
                max = Math.max(max, v);
            }
            double left = PAD / 2 + k * cell + 3;
            for (int r = 0; r < side; r++) {
                for (int c = 0; c < side; c++) {
                    double v = max <= 0 ? 0 : img[r * side + c] / max;
                    g.setFill(Color.gray(1 - v));
                    g.fillRect(left + c * pixel, top + r * pixel, Math.ceil(pixel), Math.ceil(pixel));
                }
            }
            g.setFill(Color.web("#24292f"));
            g.setFont(Font.font(14));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            String label = t.classNames().isEmpty() ? "" : t.classNames().get(t.labels()[k]);
            g.fillText(label, left + side * pixel / 2, top + side * pixel + 4);
        }
    }

    private static double[] bounds(Dataset set, int fx, int fy) {
        double[] b = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE};
        for (float[] row : set.features()) {
            b[0] = Math.min(b[0], row[fx]);
            b[1] = Math.max(b[1], row[fx]);
            b[2] = Math.min(b[2], row[fy]);
            b[3] = Math.max(b[3], row[fy]);
        }
        return b;
    }

    private static double px(double v, double lo, double hi, double w) {
        return PAD + (hi > lo ? (v - lo) / (hi - lo) : 0.5) * (w - 2 * PAD);
    }

    private static double py(double v, double lo, double hi, double h) {
        return h - PAD - (hi > lo ? (v - lo) / (hi - lo) : 0.5) * (h - 2 * PAD);
    }
}
