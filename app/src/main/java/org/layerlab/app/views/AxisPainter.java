package org.layerlab.app.views;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

import java.util.List;

/** Draws grid lines, the plot frame, tick labels and axis titles on a Canvas, the same way for every view. */
public final class AxisPainter {

    private AxisPainter() {
    }

    /**
     * Paints the axes of the plot rectangle {@code (left, top)-(right, bottom)}.
     *
     * @param xs       the horizontal scale, or null for no x axis
     * @param integerX only whole-number x ticks (epochs)
     */
    public static void paint(GraphicsContext g, Scale xs, Scale ys, double left, double top, double right,
                             double bottom, String xLabel, String yLabel, boolean integerX) {
        g.setLineDashes();
        g.setLineWidth(1);
        g.setFont(ViewFonts.TICK);
        g.setFill(Palette.MUTED);
        if (ys != null) {
            int target = Math.max(2, (int) ((bottom - top) / 45));
            List<Double> yt = ys.ticks(target);
            // A short axis over a range like 0.04..0.48 has no multiple of 0.5 inside: ask for finer steps.
            while (yt.size() < 2 && !ys.isLog() && target < 12) {
                target++;
                yt = ys.ticks(target);
            }
            double step = ys.tickStep(target);
            boolean powers = ys.isLog() && yt.stream().allMatch(AxisPainter::isPowerOfTen);
            g.setTextAlign(TextAlignment.RIGHT);
            g.setTextBaseline(VPos.CENTER);
            for (double t : yt) {
                double py = Math.round(ys.toPixel(t)) + 0.5;
                g.setStroke(Palette.GRID);
                g.strokeLine(left, py, right, py);
                g.fillText(ys.isLog() && !powers ? Numbers.plain(t) : tickLabel(ys, t, step), left - 6, py);
            }
        }
        if (xs != null) {
            int target = Math.max(2, (int) ((right - left) / 90));
            while (xs.ticks(target).stream().filter(t -> !integerX || t == Math.rint(t)).count() < 2 && target < 8) {
                target++;
            }
            double step = xs.tickStep(target);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            for (double t : xs.ticks(target)) {
                if (integerX && t != Math.rint(t)) {
                    continue;
                }
                double px = Math.round(xs.toPixel(t)) + 0.5;
                g.setStroke(Palette.GRID);
                g.strokeLine(px, top, px, bottom);
                g.fillText(tickLabel(xs, t, step), px, bottom + 5);
            }
        }
        g.setStroke(Palette.FRAME);
        g.setLineWidth(1.5);
        g.strokeRect(left, top, right - left, bottom - top);
        g.setFill(Palette.INK);
        g.setFont(ViewFonts.LABEL);
        if (xLabel != null && !xLabel.isEmpty()) {
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(xLabel, (left + right) / 2, bottom + 44);
        }
        if (yLabel != null && !yLabel.isEmpty()) {
            g.save();
            g.translate(left - 54, (top + bottom) / 2);
            g.rotate(-90);
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText(yLabel, 0, 0);
            g.restore();
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    private static boolean isPowerOfTen(double v) {
        double e = Math.log10(v);
        return Math.abs(e - Math.rint(e)) < 1e-9;
    }

    /** A tick label: powers of ten in superscript on a log axis, otherwise as short as the step allows. */
    public static String tickLabel(Scale scale, double value, double step) {
        if (scale.isLog()) {
            double e = Math.log10(value);
            if (Math.abs(e - Math.rint(e)) < 1e-9) {
                return Numbers.powerOfTen((int) Math.rint(e));
            }
            return Numbers.compact(value);
        }
        return Numbers.tick(value, step);
    }

    /** Draws a title in the top-left corner. */
    public static void title(GraphicsContext g, String title, double x, double y) {
        g.setFill(Palette.INK);
        g.setFont(ViewFonts.TITLE);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        g.fillText(title, x, y);
    }

    /** A centred grey message in an empty plot ("No data yet: press Train"), on a white box so points under it do not hide it. */
    public static void emptyMessage(GraphicsContext g, String message, double cx, double cy) {
        double tw = ViewFonts.width(message, ViewFonts.LABEL);
        g.setFill(Palette.withAlpha(Palette.BACKGROUND, 0.9));
        g.fillRoundRect(cx - tw / 2 - 10, cy - 15, tw + 20, 30, 8, 8);
        g.setFill(Palette.MUTED);
        g.setFont(ViewFonts.LABEL);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(message, cx, cy);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }
}
