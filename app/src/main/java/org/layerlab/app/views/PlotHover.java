package org.layerlab.app.views;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/** The hover read-out of a {@link PlotCanvas}: a vertical line at the nearest point and every series' value there. */
final class PlotHover {

    private final List<PlotSeries> series;
    private final Scale xs;
    private final Scale ys;
    private final String xLabel;
    private final DoubleFunction<String> xFormat;
    private final DoubleFunction<String> yFormat;

    PlotHover(List<PlotSeries> series, Scale xs, Scale ys, String xLabel, DoubleFunction<String> xFormat,
              DoubleFunction<String> yFormat) {
        this.series = series;
        this.xs = xs;
        this.ys = ys;
        this.xLabel = xLabel;
        this.xFormat = xFormat;
        this.yFormat = yFormat;
    }

    void paint(GraphicsContext g, double pixel, double top, double bottom, double width) {
        PlotSeries reference = series.stream().filter(s -> s.count() > 0).findFirst().orElse(null);
        if (reference == null) {
            return;
        }
        double x = reference.x()[nearest(reference, xs.toData(pixel))];
        double px = xs.toPixel(x);
        g.setStroke(Palette.withAlpha(Palette.INK, 0.6));
        g.setLineWidth(1.5);
        g.strokeLine(px, top, px, bottom);
        List<String> lines = new ArrayList<>();
        List<javafx.scene.paint.Color> colours = new ArrayList<>();
        lines.add(xLabel + " " + xFormat.apply(x));
        colours.add(Palette.INK);
        for (PlotSeries s : series) {
            if (s.count() == 0) {
                continue;
            }
            int i = nearest(s, x);
            double y = s.y()[i];
            double py = ys.toPixel(y);
            if (!Double.isNaN(py) && !Double.isNaN(y)) {
                g.setFill(s.color());
                g.fillOval(px - 5, py - 5, 10, 10);
            }
            lines.add(s.name() + ": " + yFormat.apply(y));
            colours.add(s.color());
        }
        double boxW = 0;
        for (String l : lines) {
            boxW = Math.max(boxW, ViewFonts.width(l, ViewFonts.LABEL_BOLD));
        }
        boxW += 16;
        double boxH = lines.size() * 20 + 10;
        double bx = px + 12 + boxW > width - 4 ? px - 12 - boxW : px + 12;
        double by = top + 8;
        g.setFill(Palette.withAlpha(Palette.BACKGROUND, 0.93));
        g.fillRect(bx, by, boxW, boxH);
        g.setStroke(Palette.FRAME);
        g.setLineWidth(1);
        g.strokeRect(bx, by, boxW, boxH);
        g.setFont(ViewFonts.LABEL_BOLD);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        for (int i = 0; i < lines.size(); i++) {
            g.setFill(colours.get(i));
            g.fillText(lines.get(i), bx + 8, by + 6 + 20 * i);
        }
        g.setTextBaseline(VPos.BASELINE);
    }

    /** Index of the point whose x is closest to {@code x}; x ascending. */
    static int nearest(PlotSeries s, double x) {
        int lo = 0;
        int hi = s.count() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (s.x()[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo > 0 && Math.abs(s.x()[lo - 1] - x) <= Math.abs(s.x()[lo] - x)) {
            return lo - 1;
        }
        return lo;
    }
}
