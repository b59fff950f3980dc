package org.layerlab.app.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.layerlab.app.views.AxisPainter;
import org.layerlab.app.views.CanvasPane;
import org.layerlab.app.views.Numbers;
import org.layerlab.app.views.Palette;
import org.layerlab.app.views.Scale;
import org.layerlab.app.views.ViewFonts;

/**
 * A figure against a swept hyperparameter: one line per figure (final, best) with a dot per value,
 * the x axis labelled at the swept values themselves, on a log scale when the values span decades
 * (a 0 sits one step left of the smallest positive value, marked "0"), and the best value marked.
 */
public final class SweepChart extends CanvasPane {

    private static final double LEFT = 78;
    private static final double RIGHT = 24;
    private static final double TOP = 44;
    private static final double BOTTOM = 58;

    /** One line: a name for the legend, a colour, and one y per x value (NaN: no point). */
    public record Line(String name, Color colour, boolean dashed, double[] y) {
    }

    private String title = "";
    private String xLabel = "";
    private String yLabel = "";
    private boolean log;
    private double[] xs = new double[0];
    private List<Line> lines = List.of();
    private int best = -1;
    private String bestLabel = "";
    private double yMin = Double.NaN;
    private double yMax = Double.NaN;
    private DoubleFunction<String> yFormat = Numbers::compact;

    public void setTitle(String title, String xLabel, String yLabel) {
        this.title = title;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
        markDirty();
    }

    /** A fixed y range (accuracy 0..1); NaN for automatic. */
    public void setYRange(double min, double max, DoubleFunction<String> format) {
        this.yMin = min;
        this.yMax = max;
        this.yFormat = format;
        markDirty();
    }

    /** The swept values (in sweep order), the lines over them, the best index (-1: none) and its label. */
    public void setData(double[] values, boolean logScale, List<Line> newLines, int bestIndex, String label) {
        for (Line l : newLines) {
            if (l.y().length != values.length) {
                throw new IllegalArgumentException("line '" + l.name() + "' needs " + values.length + " values, found "
                        + l.y().length);
            }
        }
        this.xs = values.clone();
        this.log = logScale;
        this.lines = List.copyOf(newLines);
        this.best = bestIndex;
        this.bestLabel = label;
        markDirty();
        flush();
    }

    /** How many values have a point on line {@code line}. */
    public int pointCount(int line) {
        int n = 0;
        for (double v : lines.get(line).y()) {
            n += Double.isFinite(v) ? 1 : 0;
        }
        return n;
    }

    public int bestIndex() {
        return best;
    }

    /** Where value {@code v} sits on the axis: log10 on a log axis, 0 one step left of the smallest positive. */
    static double position(double v, double[] all, boolean log) {
        if (!log) {
            return v;
        }
        if (v > 0) {
            return Math.log10(v);
        }
        double smallest = Double.POSITIVE_INFINITY;
        double largest = Double.NEGATIVE_INFINITY;
        for (double a : all) {
            if (a > 0) {
                smallest = Math.min(smallest, a);
                largest = Math.max(largest, a);
            }
        }
        if (!Double.isFinite(smallest)) {
            return 0;
        }
        double span = Math.max(1, Math.log10(largest) - Math.log10(smallest));
        return Math.log10(smallest) - span / Math.max(3, all.length - 1);
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        g.setFill(Palette.BACKGROUND);
        g.fillRect(0, 0, w, h);
        AxisPainter.title(g, title, 12, 24);
        double left = LEFT;
        double right = w - RIGHT;
        double top = TOP;
        double bottom = h - BOTTOM;
        if (right - left < 60 || bottom - top < 40) {
            return;
        }
        paintLegend(g, right);
        double[] px = new double[xs.length];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            px[i] = position(xs[i], xs, log);
            lo = Math.min(lo, px[i]);
            hi = Math.max(hi, px[i]);
        }
        if (xs.length == 0) {
            AxisPainter.paint(g, null, Scale.linear(0, 1, bottom, top), left, top, right, bottom, xLabel, yLabel,
                    false);
            AxisPainter.emptyMessage(g, "Press Run sweep", (left + right) / 2, (top + bottom) / 2);
            return;
        }
        double pad = hi > lo ? (hi - lo) * 0.05 : 1;
        Scale x = Scale.linear(lo - pad, hi + pad, left, right);
        double[] yr = yRange();
        Scale y = Scale.linear(yr[0], yr[1], bottom, top);
        AxisPainter.paint(g, null, y, left, top, right, bottom, xLabel, yLabel, false);
        paintXTicks(g, x, px, bottom);
        for (Line l : lines) {
            paintLine(g, l, x, y, px);
        }
        if (best >= 0 && best < xs.length) {
            double bx = x.toPixel(px[best]);
            g.setStroke(Palette.INK);
            g.setLineWidth(2);
            g.setLineDashes(6, 5);
            g.strokeLine(bx, top, bx, bottom);
            g.setLineDashes();
            String text = "best: " + bestLabel;
            g.setFont(ViewFonts.LABEL_BOLD);
            double tw = ViewFonts.width(text, ViewFonts.LABEL_BOLD);
            double tx = bx + 8 + tw > right ? bx - 8 - tw : bx + 8;
            g.setFill(Palette.withAlpha(Palette.BACKGROUND, 0.9));
            g.fillRect(tx - 4, top + 4, tw + 8, 22);
            g.setFill(Palette.INK);
            g.setTextBaseline(VPos.TOP);
            g.fillText(text, tx, top + 7);
            g.setTextBaseline(VPos.BASELINE);
        }
    }

    private double[] yRange() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Line l : lines) {
            for (double v : l.y()) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!Double.isNaN(yMin)) {
            return new double[] {yMin, yMax};
        }
        if (lo > hi) {
            return new double[] {0, 1};
        }
        double pad = hi > lo ? (hi - lo) * 0.08 : Math.max(0.05, Math.abs(hi) * 0.1);
        return new double[] {Math.max(lo >= 0 ? 0 : Double.NEGATIVE_INFINITY, lo - pad), hi + pad};
    }

    private void paintXTicks(GraphicsContext g, Scale x, double[] px, double bottom) {
        g.setFont(ViewFonts.TICK);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        double lastRight = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xs.length; i++) {
            String label = org.layerlab.engine.graph.Format.decimal(xs[i]);
            double p = x.toPixel(px[i]);
            double half = ViewFonts.width(label, ViewFonts.TICK) / 2;
            g.setStroke(Palette.GRID);
            g.setLineWidth(1);
            g.strokeLine(p, TOP, p, bottom);
            if (p - half > lastRight + 6) {
                g.setFill(i == best ? Palette.INK : Palette.MUTED);
                g.fillText(label, p, bottom + 5);
                lastRight = p + half;
            }
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    private void paintLine(GraphicsContext g, Line l, Scale x, Scale y, double[] px) {
        g.setStroke(l.colour());
        g.setLineWidth(3);
        g.setLineDashes(l.dashed() ? new double[] {9, 6} : null);
        g.beginPath();
        boolean pen = false;
        List<double[]> dots = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            double v = l.y()[i];
            if (!Double.isFinite(v)) {
                pen = false;
                continue;
            }
            double cx = x.toPixel(px[i]);
            double cy = y.toPixel(v);
            if (pen) {
                g.lineTo(cx, cy);
            } else {
                g.moveTo(cx, cy);
                pen = true;
            }
            dots.add(new double[] {cx, cy, i});
        }
        g.stroke();
        g.setLineDashes();
        for (double[] d : dots) {
            double r = (int) d[2] == best ? 7 : 5;
            g.setFill((int) d[2] == best ? Palette.INK : l.colour());
            g.fillOval(d[0] - r, d[1] - r, 2 * r, 2 * r);
        }
    }

    private void paintLegend(GraphicsContext g, double right) {
        double x = right;
        g.setFont(ViewFonts.LABEL);
        g.setTextBaseline(VPos.CENTER);
        for (int i = lines.size() - 1; i >= 0; i--) {
            Line l = lines.get(i);
            x -= ViewFonts.width(l.name(), ViewFonts.LABEL);
            g.setFill(Palette.INK);
            g.fillText(l.name(), x, 20);
            x -= 34;
            g.setStroke(l.colour());
            g.setLineWidth(3);
            g.setLineDashes(l.dashed() ? new double[] {7, 4} : null);
            g.strokeLine(x, 20, x + 28, 20);
            g.setLineDashes();
            x -= 18;
        }
        g.setTextBaseline(VPos.BASELINE);
    }
}
