package org.layerlab.app.gradients;

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

import java.util.List;

/** One bar per layer on a log axis, input side on the left, with an optional dashed reference line. */
final class BarsCanvas extends CanvasPane {

    private static final double LEFT = 78;
    private static final double RIGHT = 16;
    private static final double TOP = 40;
    private static final double BOTTOM = 34;

    private String title = "";
    private String yLabel = "";
    private List<String> names = List.of();
    private double[] values = new double[0];
    private List<Color> colours = List.of();
    private double reference = Double.NaN;
    private String referenceLabel = "";

    BarsCanvas(String title, String yLabel) {
        this.title = title;
        this.yLabel = yLabel;
        setPrefSize(420, 300);
    }

    /** The bars; names, values and colours must be equally many. */
    void setBars(List<String> newNames, double[] newValues, List<Color> newColours) {
        if (newNames.size() != newValues.length || newColours.size() != newValues.length) {
            throw new IllegalArgumentException("bars need as many names and colours as values: " + newValues.length
                    + " values, found " + newNames.size() + " names and " + newColours.size() + " colours");
        }
        this.names = List.copyOf(newNames);
        this.values = newValues.clone();
        this.colours = List.copyOf(newColours);
        markDirty();
    }

    void setReference(double y, String label) {
        this.reference = y;
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
        double labelW = Double.isNaN(reference) ? 0 : ViewFonts.width(referenceLabel, ViewFonts.LABEL) + 40;
        // The reference's label goes beside the title, or on a line of its own when the two would touch.
        boolean labelBelow = right - labelW < 12 + ViewFonts.width(title, ViewFonts.TITLE) + 24;
        double labelY = labelBelow ? 44 : 20;
        double top = TOP + (labelBelow ? 24 : 0);
        double bottom = h - BOTTOM;
        if (right - left < 40 || bottom - top < 40) {
            return;
        }
        double[] range = logRange();
        Scale ys = Scale.log(range[0], range[1], bottom, top);
        AxisPainter.paint(g, null, ys, left, top, right, bottom, "", yLabel, false);
        if (values.length == 0) {
            AxisPainter.emptyMessage(g, "No gradients yet: press Train", (left + right) / 2, (top + bottom) / 2);
            return;
        }
        double slot = (right - left) / values.length;
        double barW = Math.min(70, slot * 0.62);
        g.setFont(ViewFonts.TICK);
        for (int i = 0; i < values.length; i++) {
            double cx = left + slot * (i + 0.5);
            double py = ys.toPixel(values[i]);
            if (!Double.isNaN(py)) {
                g.setFill(colours.get(i));
                g.fillRect(cx - barW / 2, py, barW, bottom - py);
                g.setFill(Palette.INK);
                g.setTextAlign(TextAlignment.CENTER);
                g.setTextBaseline(VPos.BOTTOM);
                g.fillText(Numbers.small(values[i]), cx, py - 3);
            }
            g.setTextBaseline(VPos.TOP);
            g.setFill(Palette.INK);
            g.fillText(fit(names.get(i), slot - 4), cx, bottom + 6);
        }
        if (!Double.isNaN(reference)) {
            double py = ys.toPixel(reference);
            g.setStroke(Palette.INK);
            g.setLineWidth(1.5);
            g.setLineDashes(8, 6);
            g.strokeLine(left, py, right, py);
            // The label goes in the title line, like a legend entry, where no bar can cover it.
            g.setFont(ViewFonts.LABEL);
            double tw = ViewFonts.width(referenceLabel, ViewFonts.LABEL);
            g.strokeLine(right - tw - 40, labelY, right - tw - 10, labelY);
            g.setLineDashes();
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(referenceLabel, right, labelY);
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    /** Positive values and the reference, with a factor of 3 of room above and below. */
    private double[] logRange() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (v > 0 && Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (reference > 0) {
            lo = Math.min(lo, reference);
            hi = Math.max(hi, reference);
        }
        if (lo > hi) {
            return new double[] {1e-4, 1};
        }
        return new double[] {lo / 3, hi * 3};
    }

    private static String fit(String text, double width) {
        if (ViewFonts.width(text, ViewFonts.TICK) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 2 && ViewFonts.width(t + "…", ViewFonts.TICK) > width) {
            t = t.substring(0, t.length() - 1);
        }
        return t + "…";
    }
}
