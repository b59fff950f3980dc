package org.layerlab.app.boundary;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.text.TextAlignment;
import org.layerlab.app.views.Palette;
import org.layerlab.app.views.ViewFonts;

/** The legend right of the boundary plot: classes and their colours, markers, and the probability colour bar. */
final class BoundaryLegend {

    private static WritableImage colourBar;

    private final BoundaryModel model;

    BoundaryLegend(BoundaryModel model) {
        this.model = model;
    }

    /** The width of the legend's widest line. */
    double width() {
        double w = ViewFonts.width(model.isRegression() ? "model prediction" : "validation", ViewFonts.LABEL) + 32;
        if (!model.isRegression()) {
            for (int c = 0; c < model.classCount(); c++) {
                w = Math.max(w, ViewFonts.width(model.className(c), ViewFonts.LABEL) + 32);
            }
            w = Math.max(w, 34 + ViewFonts.width("0.5  unsure", ViewFonts.TICK));
            w = Math.max(w, 34 + ViewFonts.width("1.0  " + model.className(1), ViewFonts.TICK));
            w = Math.max(w, ViewFonts.width("P(" + model.className(1) + ")", ViewFonts.LABEL_BOLD));
        }
        return w;
    }

    /** Paints the legend from {@code (x, y)} down, the colour bar shrinking to end above {@code bottom}. */
    void paint(GraphicsContext g, double x, double y, double bottom) {
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double row = y + 8;
        if (model.isRegression()) {
            g.setStroke(Palette.BLUE);
            g.setLineWidth(3.5);
            g.strokeLine(x, row, x + 22, row);
            text(g, "model prediction", x + 32, row, false);
            row += 28;
            point(g, x + 11, row, Palette.MUTED, false);
            text(g, "training data", x + 32, row, false);
            if (model.showValidation()) {
                row += 28;
                point(g, x + 11, row, Palette.VALIDATION, true);
                text(g, "validation data", x + 32, row, false);
            }
            return;
        }
        text(g, "Classes", x, row, true);
        row += 26;
        int classes = model.classCount();
        for (int c = 0; c < classes; c++) {
            point(g, x + 11, row, Palette.classColor(c), false);
            text(g, model.className(c), x + 32, row, false);
            row += 26;
        }
        row += 8;
        text(g, "Points", x, row, true);
        row += 26;
        g.setFill(Palette.MUTED);
        point(g, x + 11, row, Palette.BACKGROUND, false);
        text(g, "training", x + 32, row, false);
        if (model.showValidation()) {
            row += 26;
            point(g, x + 11, row, Palette.BACKGROUND, true);
            text(g, "validation", x + 32, row, false);
        }
        row += 34;
        if (model.surface() != null && model.surface().classes() <= 2 && !model.discretize()) {
            colourBar(g, x, row, Math.min(150, bottom - row - 24));
        } else if (model.surface() != null && !model.discretize()) {
            text(g, "paler = less sure", x, row, false);
        }
    }

    /** P(class 1) from 0 (bottom) to 1 (top), as the heatmap colours it. */
    private void colourBar(GraphicsContext g, double x, double y, double height) {
        if (height < 50) {
            return;
        }
        text(g, "P(" + model.className(1) + ")", x, y, true);
        double top = y + 18;
        g.setImageSmoothing(true);
        g.drawImage(colourBarImage(), x, top, 26, height);
        g.setStroke(Palette.FRAME);
        g.setLineWidth(1);
        g.strokeRect(x, top, 26, height);
        g.setFont(ViewFonts.TICK);
        g.setFill(Palette.INK);
        g.fillText("1.0  " + model.className(1), x + 34, top + 2);
        g.fillText("0.5  unsure", x + 34, top + height / 2);
        g.fillText("0.0  " + model.className(0), x + 34, top + height - 2);
    }

    /** The colour bar as a 1 x 200 image, made once: drawn scaled, it costs one image instead of 150 rectangles. */
    private static WritableImage colourBarImage() {
        if (colourBar == null) {
            int n = 200;
            WritableImage image = new WritableImage(1, n);
            for (int i = 0; i < n; i++) {
                image.getPixelWriter().setArgb(0, i, SurfaceColors.binary(1 - i / (double) (n - 1), false));
            }
            colourBar = image;
        }
        return colourBar;
    }

    private static void point(GraphicsContext g, double x, double y, javafx.scene.paint.Color fill, boolean diamond) {
        g.setFill(fill);
        g.setStroke(Palette.INK);
        g.setLineWidth(1.3);
        BoundaryCanvas.marker(g, x, y, diamond ? 7 : 6, diamond);
    }

    private static void text(GraphicsContext g, String s, double x, double y, boolean bold) {
        g.setFont(bold ? ViewFonts.LABEL_BOLD : ViewFonts.LABEL);
        g.setFill(Palette.INK);
        g.fillText(s, x, y);
    }
}
