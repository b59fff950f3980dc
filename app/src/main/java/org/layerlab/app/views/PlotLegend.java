package org.layerlab.app.views;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.List;

/** The legend and the boxed labels of a {@link PlotCanvas}. */
final class PlotLegend {

    /** One legend line: a line swatch (dashed or not) or, for a shaded band, a filled box. */
    record Entry(String name, Color colour, boolean band, boolean dashed) {
    }

    private PlotLegend() {
    }

    /** The width the legend takes: each entry's swatch, name and spacing. */
    static double width(List<Entry> entries) {
        double w = 0;
        for (Entry e : entries) {
            w += ViewFonts.width(e.name(), ViewFonts.LABEL) + 34 + 18;
        }
        return Math.max(0, w - 18);
    }

    /** The legend sits in the title line (or the line below in a narrow plot), right-aligned, so it never hides a curve. */
    static void paint(GraphicsContext g, List<Entry> entries, double right, double y) {
        double x = right;
        g.setFont(ViewFonts.LABEL);
        g.setTextBaseline(VPos.CENTER);
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            x -= ViewFonts.width(e.name(), ViewFonts.LABEL);
            g.setFill(Palette.INK);
            g.fillText(e.name(), x, y);
            x -= 34;
            if (e.band()) {
                g.setFill(e.colour());
                g.fillRect(x, y - 8, 28, 16);
            } else {
                g.setStroke(e.colour());
                g.setLineWidth(3);
                g.setLineDashes(e.dashed() ? new double[] {7, 4} : null);
                g.strokeLine(x, y, x + 28, y);
                g.setLineDashes();
            }
            x -= 18;
        }
        g.setTextBaseline(VPos.BASELINE);
    }

    /** Text on a white box, so a label stays readable where it crosses a curve. */
    static void labelBox(GraphicsContext g, String text, Font font, double x, double y) {
        double tw = ViewFonts.width(text, font);
        g.setFill(Palette.withAlpha(Palette.BACKGROUND, 0.88));
        g.fillRect(x - 4, y - 1, tw + 8, 22);
        g.setFont(font);
        g.setFill(Palette.INK);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(text, x, y + 2);
        g.setTextBaseline(VPos.BASELINE);
    }
}
