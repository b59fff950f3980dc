package org.layerlab.app.histograms;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.text.TextAlignment;
import org.layerlab.app.views.AxisPainter;
import org.layerlab.app.views.CanvasPane;
import org.layerlab.app.views.Numbers;
import org.layerlab.app.views.Palette;
import org.layerlab.app.views.Scale;
import org.layerlab.app.views.ViewFonts;
import org.layerlab.engine.train.Histogram;

/**
 * One layer's panel: a title, a line of statistics with warnings, the current histogram as bars
 * over the value axis, and the heat strip of the last snapshots below it.
 */
final class HistogramPanel extends CanvasPane {

    private static final double PAD = 12;

    private String title = "";
    private String stats = "";
    private String warning = "";
    private Histogram current;
    private HeatStrip strip;
    private WritableImage stripImage;
    private boolean stripChanged;

    HistogramPanel() {
        setMinSize(300, 300);
        setPrefSize(400, 340);
        getStyleClass().add("histogram-panel");
    }

    /** Shows a layer; {@code warning} (may be empty) is printed in the warning colour. */
    void show(String newTitle, String newStats, String newWarning, Histogram histogram, HeatStrip history) {
        this.title = newTitle;
        this.stats = newStats;
        this.warning = newWarning;
        this.current = histogram;
        this.strip = history;
        this.stripChanged = true;
        markDirty();
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        g.setFill(Palette.BACKGROUND);
        g.fillRect(0, 0, w, h);
        g.setStroke(Palette.GRID);
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, w - 1, h - 1);
        AxisPainter.title(g, title, PAD, 22);
        g.setFont(ViewFonts.LABEL);
        g.setFill(Palette.INK);
        g.fillText(stats, PAD, 44);
        if (!warning.isEmpty()) {
            g.setFont(ViewFonts.LABEL_BOLD);
            g.setFill(Palette.WARNING);
            g.fillText(warning, PAD, 64);
        }
        double left = PAD + 4;
        double right = w - PAD - 4;
        double barsTop = 74;
        double barsBottom = Math.max(barsTop + 30, h * 0.56);
        if (current == null) {
            AxisPainter.emptyMessage(g, "No snapshot yet", w / 2, h / 2);
            return;
        }
        paintBars(g, left, barsTop, right, barsBottom);
        double stripTop = barsBottom + 46;
        double stripBottom = h - 12;
        if (strip != null && stripBottom - stripTop > 16) {
            paintStrip(g, left, stripTop, right, stripBottom);
        }
    }

    private void paintBars(GraphicsContext g, double left, double top, double right, double bottom) {
        long[] counts = current.counts();
        double[] heights = HistogramGeometry.barHeights(counts, bottom - top);
        double width = right - left;
        g.setFill(Palette.BLUE);
        for (int i = 0; i < counts.length; i++) {
            double x0 = HistogramGeometry.barLeft(i, counts.length, left, width);
            double x1 = HistogramGeometry.barLeft(i + 1, counts.length, left, width);
            g.fillRect(x0, bottom - heights[i], Math.max(1, x1 - x0 - 1), heights[i]);
        }
        Scale xs = Scale.linear(current.min(), current.max(), left, right);
        AxisPainter.paint(g, xs, null, left, top, right, bottom, "", "", false);
    }

    private void paintStrip(GraphicsContext g, double left, double top, double right, double bottom) {
        int rows = 64;
        if (stripImage == null || stripImage.getWidth() != strip.capacity()) {
            stripImage = new WritableImage(strip.capacity(), rows);
            stripChanged = true;
        }
        if (stripChanged) {
            int[] pixels = strip.render(rows);
            stripImage.getPixelWriter().setPixels(0, 0, strip.capacity(), rows, PixelFormat.getIntArgbInstance(),
                    pixels, 0, strip.capacity());
            stripChanged = false;
        }
        g.setFont(ViewFonts.TICK);
        g.setFill(Palette.INK);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("over time: last " + strip.size() + " of " + strip.capacity() + " snapshots →", left, top - 4);
        double[] range = strip.valueRange();
        double labelWidth = 46;
        double x0 = left + labelWidth;
        g.setImageSmoothing(false);
        g.drawImage(stripImage, x0, top, right - x0, bottom - top);
        g.setStroke(Palette.FRAME);
        g.setLineWidth(1);
        g.strokeRect(x0, top, right - x0, bottom - top);
        g.setFill(Palette.MUTED);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.TOP);
        // Labels rounded to the range's own precision: 3.3e-11 next to 1.00 is just 0.
        double step = Scale.linear(range[0], range[1], 0, 1).tickStep(10);
        g.fillText(Numbers.tick(range[1], step), x0 - 4, top);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(Numbers.tick(range[0], step), x0 - 4, bottom);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }
}
