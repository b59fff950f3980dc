package org.layerlab.app.layereffect;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.layerlab.app.views.AxisPainter;
import org.layerlab.app.views.CanvasPane;
import org.layerlab.app.views.Numbers;
import org.layerlab.app.views.Palette;
import org.layerlab.app.views.ViewFonts;
import org.layerlab.engine.train.LayerEffect;

/**
 * Paints before, mask and after as coloured cells with their values (2 decimals): dropped cells
 * grey and struck through, the mask as "0" or "×2.00", operators between the matrices.
 */
final class EffectCanvas extends CanvasPane {

    private static final int DROPPED = 0xFFD9D9D9;
    private static final int WHITE = 0xFFFFFFFF;
    private static final int POSITIVE = 0xFFE69F00;
    private static final int NEGATIVE = 0xFF56B4E9;

    private final LayerEffectModel model;
    private String emptyMessage = "";

    EffectCanvas(LayerEffectModel model) {
        this.model = model;
        setPrefSize(1000, 340);
        setMinSize(300, 200);
    }

    void setEmptyMessage(String message) {
        if (!message.equals(emptyMessage)) {
            emptyMessage = message;
            markDirty();
        }
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        g.setFill(Palette.BACKGROUND);
        g.fillRect(0, 0, w, h);
        if (!model.hasEffect()) {
            AxisPainter.emptyMessage(g, emptyMessage, w / 2, h / 2);
            return;
        }
        LayerEffect e = model.effect();
        boolean normalize = model.operation() == LayerEffectModel.Operation.NORMALIZE;
        boolean mask = model.showsMask();
        int panels = mask ? 3 : 2;
        boolean rowStats = normalize && model.statsPerRow();
        boolean columnStats = normalize && !model.statsPerRow();
        EffectLayout layout = EffectLayout.compute(model.rows(), model.cols(), panels, w, h, rowStats, columnStats);
        double scale = maxAbs(e.before(), e.after());
        header(g, layout, 0, "before (input)");
        matrix(g, layout, 0, e.before(), scale, false);
        if (mask) {
            LayerEffectModel.Operation op = model.operation();
            header(g, layout, 1, op == LayerEffectModel.Operation.ADD ? "noise (added)"
                    : op == LayerEffectModel.Operation.SELECT ? "mask (1 = kept)" : "mask");
            maskMatrix(g, layout, 1);
            if (op != LayerEffectModel.Operation.SELECT) {
                operator(g, layout, 0, op == LayerEffectModel.Operation.ADD ? "+" : "×");
            }
        }
        int last = panels - 1;
        header(g, layout, last, "after (output)");
        matrix(g, layout, last, e.after(), scale, true);
        boolean formula = !normalize && model.operation() != LayerEffectModel.Operation.SELECT;
        operator(g, layout, last - 1, formula ? "=" : "→");
        if (normalize) {
            stats(g, layout, 0, e.before(), rowStats);
            stats(g, layout, last, e.after(), rowStats);
        }
    }

    private void matrix(GraphicsContext g, EffectLayout layout, int p, double[][] m, double scale, boolean isAfter) {
        double cw = layout.cellWidth();
        double ch = layout.cellHeight();
        Font font = fit(layout, longest(m), false, 10);
        for (int r = 0; r < m.length; r++) {
            for (int c = 0; c < m[r].length; c++) {
                double x = layout.x(p) + c * cw;
                double y = layout.y(p) + r * ch;
                boolean dropped = isAfter && model.dropped(r, c);
                int fill = dropped ? DROPPED : valueColour(m[r][c], scale);
                cell(g, x, y, cw, ch, fill);
                if (dropped) {
                    g.setStroke(Palette.color(0xFFABABAB));
                    g.setLineWidth(1.5);
                    g.strokeLine(x + 3, y + ch - 3, x + cw - 3, y + 3);
                }
                if (font != null) {
                    text(g, Numbers.fixed(m[r][c], 2), x + cw / 2, y + ch / 2, font, dropped ? Palette.MUTED : Palette.INK);
                }
            }
        }
        frame(g, layout, p, m.length, m[0].length);
    }

    private void maskMatrix(GraphicsContext g, EffectLayout layout, int p) {
        double[][] m = model.effect().mask();
        double cw = layout.cellWidth();
        double ch = layout.cellHeight();
        boolean add = model.operation() == LayerEffectModel.Operation.ADD;
        double scale = add ? maxAbs(m) : maxDeviationFromOne(m);
        String widest = "0";
        for (int r = 0; r < m.length; r++) {
            for (int c = 0; c < m[r].length; c++) {
                widest = model.maskText(r, c).length() > widest.length() ? model.maskText(r, c) : widest;
            }
        }
        // Mask cells alternate with short "0"s, so their text may use more of the cell.
        Font bold = fit(layout, widest, true, 4);
        for (int r = 0; r < m.length; r++) {
            for (int c = 0; c < m[r].length; c++) {
                double x = layout.x(p) + c * cw;
                double y = layout.y(p) + r * ch;
                boolean dropped = model.dropped(r, c);
                int fill = dropped ? DROPPED : add ? valueColour(m[r][c], scale)
                        : model.effect().kind() == org.layerlab.engine.graph.LayerKind.DROPOUT
                        || model.operation() == LayerEffectModel.Operation.SELECT ? WHITE
                        : valueColour(m[r][c] - 1, scale);
                cell(g, x, y, cw, ch, fill);
                if (bold != null) {
                    text(g, model.maskText(r, c), x + cw / 2, y + ch / 2, bold, dropped ? Palette.MUTED : Palette.INK);
                }
            }
        }
        frame(g, layout, p, m.length, m[0].length);
    }

    private void stats(GraphicsContext g, EffectLayout layout, int p, double[][] m, boolean perRow) {
        double[][] s = LayerEffectModel.stats(m, perRow);
        double size = Math.max(11, Math.min(14, layout.fontSize()));
        Font font = ViewFonts.sized(size, false);
        g.setFill(Palette.INK);
        g.setFont(font);
        double cw = layout.cellWidth();
        double ch = layout.cellHeight();
        if (perRow) {
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            double x = layout.x(p) + model.cols() * cw + 8;
            for (int r = 0; r < s[0].length; r++) {
                g.fillText("μ " + Numbers.fixed(s[0][r], 2) + "  σ " + Numbers.fixed(s[1][r], 2), x,
                        layout.y(p) + (r + 0.5) * ch);
            }
        } else {
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.TOP);
            double y = layout.y(p) + model.rows() * ch + 4;
            for (int c = 0; c < s[0].length; c++) {
                double x = layout.x(p) + (c + 0.5) * cw;
                g.fillText("μ " + Numbers.fixed(s[0][c], 1), x, y);
                g.fillText("σ " + Numbers.fixed(s[1][c], 1), x, y + size + 3);
            }
        }
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    private void header(GraphicsContext g, EffectLayout layout, int p, String text) {
        g.setFont(ViewFonts.LABEL_BOLD);
        g.setFill(Palette.INK);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(text, layout.x(p) + model.cols() * layout.cellWidth() / 2, layout.y(p) - 8);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    /** The operator between matrix {@code p} and the next one. */
    private void operator(GraphicsContext g, EffectLayout layout, int p, String symbol) {
        double cw = layout.cellWidth();
        double ch = layout.cellHeight();
        double x;
        double y;
        if (layout.horizontal()) {
            x = (layout.x(p) + model.cols() * cw + layout.x(p + 1)) / 2;
            if (model.operation() == LayerEffectModel.Operation.NORMALIZE && model.statsPerRow()) {
                x = layout.x(p + 1) - EffectLayout.OPERATOR / 2;
            }
            y = layout.y(p) + model.rows() * ch / 2;
        } else {
            x = layout.x(p) + model.cols() * cw / 2;
            y = layout.y(p + 1) - EffectLayout.HEADER - EffectLayout.OPERATOR / 2;
        }
        text(g, layout.horizontal() || !symbol.equals("→") ? symbol : "↓", x, y, ViewFonts.sized(30, true),
                Palette.INK);
    }

    /** The largest font (at most the layout's) in which {@code widest} fits a cell, or null when even 9 px does not. */
    private static Font fit(EffectLayout layout, String widest, boolean bold, double air) {
        if (!layout.printsNumbers()) {
            return null;
        }
        // A few pixels of air each side, or neighbouring numbers run together.
        double room = layout.cellWidth() - air;
        for (double size = Math.min(16, layout.cellHeight() * 0.46); size >= 9; size -= 0.5) {
            Font font = ViewFonts.sized(size, bold);
            if (ViewFonts.width(widest, font) <= room) {
                return font;
            }
        }
        return null;
    }

    private static String longest(double[][] m) {
        String widest = "0.00";
        for (double[] row : m) {
            for (double v : row) {
                String s = Numbers.fixed(v, 2);
                widest = s.length() > widest.length() ? s : widest;
            }
        }
        return widest;
    }

    private static void frame(GraphicsContext g, EffectLayout layout, int p, int rows, int cols) {
        g.setStroke(Palette.FRAME);
        g.setLineWidth(1.5);
        g.strokeRect(layout.x(p), layout.y(p), cols * layout.cellWidth(), rows * layout.cellHeight());
    }

    private static void cell(GraphicsContext g, double x, double y, double w, double h, int argb) {
        g.setFill(Palette.color(argb));
        g.fillRect(x, y, w, h);
        g.setStroke(Color.WHITE);
        g.setLineWidth(1);
        g.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
    }

    private static void text(GraphicsContext g, String s, double x, double y, Font font, Color colour) {
        g.setFont(font);
        g.setFill(colour);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(s, x, y);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }

    /** Orange for positive, sky blue for negative, stronger with the size; the text stays black on it. */
    static int valueColour(double v, double scale) {
        if (Double.isNaN(v) || scale <= 0) {
            return WHITE;
        }
        double t = Math.min(1, Math.abs(v) / scale);
        return Palette.mix(WHITE, v >= 0 ? POSITIVE : NEGATIVE, 0.75 * t);
    }

    private static double maxAbs(double[][]... matrices) {
        double max = 0;
        for (double[][] m : matrices) {
            for (double[] row : m) {
                for (double v : row) {
                    if (Double.isFinite(v)) {
                        max = Math.max(max, Math.abs(v));
                    }
                }
            }
        }
        return max;
    }

    private static double maxDeviationFromOne(double[][] m) {
        double max = 0;
        for (double[] row : m) {
            for (double v : row) {
                if (v != 0 && Double.isFinite(v)) {
                    max = Math.max(max, Math.abs(v - 1));
                }
            }
        }
        return max;
    }
}
