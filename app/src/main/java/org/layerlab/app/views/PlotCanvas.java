package org.layerlab.app.views;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A line plot on a Canvas for long series: each line is decimated to the pixel columns, so
 * thousands of points draw as fast as a hundred. Extras for teaching: a shaded gap between two
 * series, a vertical marker, a shaded window, a horizontal reference line and a hover read-out.
 */
public final class PlotCanvas extends CanvasPane {

    /** The width of a series' line, in pixels. */
    private static final double LINE_WIDTH = 3;

    private static final double LEFT = 78;
    private static final double RIGHT = 20;
    private static final double TOP = 40;
    private static final double BOTTOM = 54;
    /** Height of the legend's own line when it does not fit beside the title. */
    static final double LEGEND_LINE = 24;

    private String title = "";
    private String xLabel = "";
    private String yLabel = "";
    private boolean logY;
    private boolean integerX;
    private double fixedYMin = Double.NaN;
    private double fixedYMax = Double.NaN;
    private double minXSpan = 1;
    private double xAtLeast = Double.NaN;
    private List<PlotSeries> series = List.of();
    private int gapA = -1;
    private int gapB = -1;
    private String gapLabel = "";
    private Color gapColor = Palette.withAlpha(Palette.VALIDATION, 0.18);
    private double markerX = Double.NaN;
    private String markerLabel = "";
    private double windowFrom = Double.NaN;
    private double windowTo = Double.NaN;
    private String windowLabel = "";
    private double referenceY = Double.NaN;
    private String referenceLabel = "";
    private String emptyMessage = "No data yet: press Train";
    private boolean legendShown = true;
    private DoubleFunction<String> xFormat = Numbers::compact;
    private DoubleFunction<String> yFormat = Numbers::compact;

    private final Decimator decimator = new Decimator();
    private double[] polyX = new double[64];
    private double[] polyY = new double[64];
    private int[] kept = new int[64];
    private Scale lastXs;
    private Scale lastYs;
    private double lastTop = TOP;
    private double hoverPixel = Double.NaN;

    public PlotCanvas() {
        setOnMouseMoved(e -> {
            hoverPixel = e.getX();
            repaintOverlay();
        });
        setOnMouseExited(e -> {
            hoverPixel = Double.NaN;
            repaintOverlay();
        });
    }

    public void setTitle(String title) {
        this.title = title;
        markDirty();
    }

    public void setAxisLabels(String x, String y) {
        this.xLabel = x;
        this.yLabel = y;
        markDirty();
    }

    public void setLogY(boolean log) {
        this.logY = log;
        markDirty();
    }

    public boolean isLogY() {
        return logY;
    }

    /** Only whole-number ticks on x (epochs), and at least {@code minSpan} units shown. */
    public void setIntegerX(boolean integer, double minSpan) {
        this.integerX = integer;
        this.minXSpan = minSpan;
        markDirty();
    }

    /** Extends the x axis to at least {@code x} (so a window ahead of the data shows whole); NaN for none. */
    public void setXAtLeast(double x) {
        this.xAtLeast = x;
        markDirty();
    }

    /** A fixed y range (accuracy 0..1); NaN for automatic. */
    public void setYRange(double min, double max) {
        this.fixedYMin = min;
        this.fixedYMax = max;
        markDirty();
    }

    public void setFormats(DoubleFunction<String> x, DoubleFunction<String> y) {
        this.xFormat = x;
        this.yFormat = y;
    }

    public void setEmptyMessage(String message) {
        this.emptyMessage = message;
        markDirty();
    }

    /** Hides the built-in legend when the window shows its own (many overlaid runs). */
    public void setLegendShown(boolean shown) {
        this.legendShown = shown;
        markDirty();
    }

    public void setSeries(List<PlotSeries> newSeries) {
        this.series = List.copyOf(newSeries);
        markDirty();
    }

    public List<PlotSeries> series() {
        return series;
    }

    /** Shades the area between series {@code a} and {@code b} (same x values); -1 to hide. */
    public void setGap(int a, int b, String label, Color fill) {
        this.gapA = a;
        this.gapB = b;
        this.gapLabel = label;
        this.gapColor = fill;
        markDirty();
    }

    /** A dashed vertical line at {@code x} with a label; NaN to hide. */
    public void setMarker(double x, String label) {
        this.markerX = x;
        this.markerLabel = label;
        markDirty();
    }

    /** A shaded vertical band from {@code from} to {@code to} with a label; NaN to hide. */
    public void setWindow(double from, double to, String label) {
        this.windowFrom = from;
        this.windowTo = to;
        this.windowLabel = label;
        markDirty();
    }

    /** A dashed horizontal line at {@code y} with a label; NaN to hide. */
    public void setReference(double y, String label) {
        this.referenceY = y;
        this.referenceLabel = label;
        markDirty();
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        g.setFill(Palette.BACKGROUND);
        g.fillRect(0, 0, w, h);
        AxisPainter.title(g, title, 12, 24);
        double left = LEFT;
        double right = w - RIGHT;
        List<PlotLegend.Entry> entries = new ArrayList<>();
        for (PlotSeries s : series) {
            entries.add(new PlotLegend.Entry(s.name(), s.color(), false, s.dashed() && sparse(s, (int) (right - left))));
        }
        if (gapA >= 0 && gapB >= 0 && !gapLabel.isEmpty()) {
            entries.add(new PlotLegend.Entry(gapLabel, gapColor, true, false));
        }
        // A legend that would run into the title gets a line of its own below it.
        boolean legendBelow = legendShown && right - PlotLegend.width(entries) < 12 + ViewFonts.width(title, ViewFonts.TITLE) + 24;
        double top = TOP + (legendBelow ? LEGEND_LINE : 0);
        lastTop = top;
        double bottom = h - BOTTOM;
        lastXs = null;
        if (right - left < 40 || bottom - top < 30) {
            return;
        }
        double[] xr = xRange();
        double[] yr = yRange();
        Scale xs = Scale.linear(xr[0], xr[1], left, right);
        Scale ys = logY ? Scale.log(yr[0], yr[1], bottom, top) : Scale.linear(yr[0], yr[1], bottom, top);
        AxisPainter.paint(g, xs, ys, left, top, right, bottom, xLabel, yLabel, integerX);
        if (legendShown) {
            PlotLegend.paint(g, entries, right, legendBelow ? 20 + LEGEND_LINE : 20);
        }
        if (!hasData()) {
            AxisPainter.emptyMessage(g, emptyMessage, (left + right) / 2, (top + bottom) / 2);
            return;
        }
        g.save();
        g.beginPath();
        g.rect(left, top, right - left, bottom - top);
        g.clip();
        paintWindow(g, xs, top, bottom);
        paintGap(g, xs, ys, (int) (right - left));
        for (PlotSeries s : series) {
            paintLine(g, s, xs, ys, (int) (right - left));
        }
        paintReference(g, ys, left, right);
        paintMarker(g, xs, top, bottom);
        g.restore();
        lastXs = xs;
        lastYs = ys;
    }

    private boolean hasData() {
        return series.stream().anyMatch(s -> s.count() > 0);
    }

    private double[] xRange() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (PlotSeries s : series) {
            if (s.count() > 0) {
                lo = Math.min(lo, s.x()[0]);
                hi = Math.max(hi, s.x()[s.count() - 1]);
            }
        }
        if (lo > hi) {
            return new double[] {integerX ? 1 : 0, (integerX ? 1 : 0) + minXSpan};
        }
        if (!Double.isNaN(xAtLeast)) {
            hi = Math.max(hi, xAtLeast);
        }
        return new double[] {lo, Math.max(hi, lo + minXSpan)};
    }

    private double[] yRange() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (PlotSeries s : series) {
            for (int i = 0; i < s.count(); i++) {
                double v = s.y()[i];
                if (Double.isFinite(v) && (!logY || v > 0)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!Double.isNaN(fixedYMin) && (!logY || fixedYMin > 0)) {
            lo = fixedYMin;
        }
        if (!Double.isNaN(fixedYMax)) {
            hi = fixedYMax;
        }
        if (logY) {
            if (lo > hi) {
                return new double[] {1e-3, 1};
            }
            return new double[] {Double.isNaN(fixedYMin) ? lo / 1.5 : lo, Double.isNaN(fixedYMax) ? hi * 1.5 : hi};
        }
        if (lo > hi) {
            return new double[] {0, 1};
        }
        double pad = (hi - lo) * 0.06;
        double from = Double.isNaN(fixedYMin) ? Math.max(lo - pad, lo >= 0 ? 0 : Double.NEGATIVE_INFINITY) : lo;
        return new double[] {from, Double.isNaN(fixedYMax) ? hi + pad : hi};
    }

    private void paintLine(GraphicsContext g, PlotSeries s, Scale xs, Scale ys, int columns) {
        int n = decimator.decimate(s.x(), s.y(), s.count(), xs.dataMin(), xs.dataMax(), Math.max(1, columns));
        g.setStroke(s.color());
        g.setLineWidth(LINE_WIDTH);
        g.setLineDashes(s.dashed() && sparse(s, columns) ? new double[] {10, 6} : null);
        if (n <= columns) {
            strokeThrough(g, xs, ys, n);
        } else {
            paintDense(g, s, xs, ys, n);
        }
        if (n == 1) {
            g.setFill(s.color());
            g.fillOval(xs.toPixel(decimator.x(0)) - 4, ys.toPixel(decimator.y(0)) - 4, 8, 8);
        }
        g.setLineDashes();
    }

    /** One stroked polyline through the decimated points. */
    private void strokeThrough(GraphicsContext g, Scale xs, Scale ys, int n) {
        g.beginPath();
        boolean pen = false;
        for (int i = 0; i < n; i++) {
            double px = xs.toPixel(decimator.x(i));
            double py = ys.toPixel(decimator.y(i));
            if (Double.isNaN(py)) {
                pen = false;
                continue;
            }
            if (pen) {
                g.lineTo(px, py);
            } else {
                g.moveTo(px, py);
                pen = true;
            }
        }
        g.stroke();
    }

    /**
     * A dense series (several points in a pixel column): each column's range as a filled bar one line
     * wide, and the line through each column's first and last point. It looks as the zigzag stroked
     * through all of them (a line this wide fills the column from its lowest to its highest value),
     * but a software renderer strokes a smooth path of half the points instead of a path turning back
     * on itself four times a pixel: a loss chart of 6,000 epochs repainted in a third of the time.
     */
    private void paintDense(GraphicsContext g, PlotSeries s, Scale xs, Scale ys, int n) {
        g.setFill(s.color());
        g.beginPath();
        boolean pen = false;
        int i = 0;
        while (i < n) {
            long column = (long) Math.floor(xs.toPixel(decimator.x(i)));
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            double firstX = Double.NaN;
            double firstY = Double.NaN;
            double lastX = Double.NaN;
            double lastY = Double.NaN;
            int j = i;
            for (; j < n; j++) {
                double px = xs.toPixel(decimator.x(j));
                if ((long) Math.floor(px) != column) {
                    break;
                }
                double py = ys.toPixel(decimator.y(j));
                if (Double.isNaN(py)) {
                    continue;
                }
                if (Double.isNaN(firstY)) {
                    firstX = px;
                    firstY = py;
                }
                lastX = px;
                lastY = py;
                lo = Math.min(lo, py);
                hi = Math.max(hi, py);
            }
            i = j;
            if (Double.isNaN(firstY)) {
                pen = false;
                continue;
            }
            if (hi - lo > 1) {
                g.fillRect(firstX - LINE_WIDTH / 2, lo, LINE_WIDTH, hi - lo);
            }
            if (pen) {
                g.lineTo(firstX, firstY);
            } else {
                g.moveTo(firstX, firstY);
                pen = true;
            }
            if (lastX != firstX || lastY != firstY) {
                g.lineTo(lastX, lastY);
            }
        }
        g.stroke();
    }

    /** Dashes only help while points are sparse; over a dense, noisy series they turn into a smear. */
    static boolean sparse(PlotSeries s, int columns) {
        return s.count() * 6 <= columns;
    }

    private void paintGap(GraphicsContext g, Scale xs, Scale ys, int columns) {
        if (gapA < 0 || gapB < 0 || gapA >= series.size() || gapB >= series.size()) {
            return;
        }
        PlotSeries a = series.get(gapA);
        PlotSeries b = series.get(gapB);
        int count = Math.min(a.count(), b.count());
        int stride = Math.max(1, count / Math.max(1, columns));
        ensurePolygon(2 * (count / stride + 2));
        int k = 0;
        for (int i = 0; i < count; i = i + stride < count || i == count - 1 ? i + stride : count - 1) {
            if (!Double.isNaN(ys.toPixel(a.y()[i])) && !Double.isNaN(ys.toPixel(b.y()[i]))) {
                kept[k++] = i;
            }
        }
        if (k < 2) {
            return;
        }
        for (int j = 0; j < k; j++) {
            polyX[j] = xs.toPixel(a.x()[kept[j]]);
            polyY[j] = ys.toPixel(a.y()[kept[j]]);
            polyX[2 * k - 1 - j] = polyX[j];
            polyY[2 * k - 1 - j] = ys.toPixel(b.y()[kept[j]]);
        }
        g.setFill(gapColor);
        g.fillPolygon(polyX, polyY, 2 * k);
    }

    private void ensurePolygon(int n) {
        if (polyX.length < n) {
            polyX = new double[n * 2];
            polyY = new double[n * 2];
            kept = new int[n * 2];
        }
    }

    private void paintWindow(GraphicsContext g, Scale xs, double top, double bottom) {
        if (Double.isNaN(windowFrom) || Double.isNaN(windowTo)) {
            return;
        }
        double x0 = xs.toPixel(windowFrom);
        double x1 = xs.toPixel(windowTo);
        g.setFill(Palette.withAlpha(Palette.SKY_BLUE, 0.16));
        g.fillRect(Math.min(x0, x1), top, Math.abs(x1 - x0), bottom - top);
        if (!windowLabel.isEmpty()) {
            PlotLegend.labelBox(g, windowLabel, ViewFonts.LABEL, Math.min(x0, x1) + 8, top + 32);
        }
    }

    private void paintMarker(GraphicsContext g, Scale xs, double top, double bottom) {
        if (Double.isNaN(markerX)) {
            return;
        }
        double px = xs.toPixel(markerX);
        g.setStroke(Palette.INK);
        g.setLineWidth(2);
        g.setLineDashes(6, 5);
        g.strokeLine(px, top, px, bottom);
        g.setLineDashes();
        if (markerLabel.isEmpty()) {
            return;
        }
        g.setFont(ViewFonts.LABEL_BOLD);
        double tw = ViewFonts.width(markerLabel, ViewFonts.LABEL_BOLD);
        double plotLeft = xs.toPixel(xs.dataMin());
        double plotRight = xs.toPixel(xs.dataMax());
        boolean leftSide = px + 6 + tw > plotRight - 4;
        // In a narrow plot the label stays inside the frame, over the line if it must, rather than be cut.
        double tx = Math.max(plotLeft + 6, Math.min(leftSide ? px - 8 - tw : px + 8, plotRight - 6 - tw));
        PlotLegend.labelBox(g, markerLabel, ViewFonts.LABEL_BOLD, tx, top + 6);
    }

    private void paintReference(GraphicsContext g, Scale ys, double left, double right) {
        double py = Double.isNaN(referenceY) ? Double.NaN : ys.toPixel(referenceY);
        if (Double.isNaN(py)) {
            return;
        }
        g.setStroke(Palette.INK);
        g.setLineWidth(1.5);
        g.setLineDashes(8, 6);
        g.strokeLine(left, py, right, py);
        g.setLineDashes();
        g.setFill(Palette.INK);
        g.setFont(ViewFonts.TICK);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(referenceLabel, right - 6, py - 5);
        g.setTextAlign(TextAlignment.LEFT);
    }

    @Override
    protected void paintOverlay(GraphicsContext g, double w, double h) {
        if (Double.isNaN(hoverPixel) || lastXs == null) {
            return;
        }
        new PlotHover(series, lastXs, lastYs, xLabel, xFormat, yFormat).paint(g, hoverPixel, lastTop, h - BOTTOM, w);
    }
}
