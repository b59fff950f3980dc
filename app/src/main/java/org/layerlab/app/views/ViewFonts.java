package org.layerlab.app.views;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/** Font sizes a projected room can read: titles 16 px bold, axis labels 14 px, tick labels 13 px. */
public final class ViewFonts {

    public static final Font TITLE = Font.font("System", FontWeight.BOLD, 16);
    public static final Font LABEL = Font.font("System", 14);
    public static final Font LABEL_BOLD = Font.font("System", FontWeight.BOLD, 14);
    public static final Font TICK = Font.font("System", 13);
    public static final Font MONO = Font.font("Monospaced", 14);

    private static final Text MEASURE = new Text();

    private ViewFonts() {
    }

    /** The width the text takes in this font, for placing labels on a Canvas. */
    public static double width(String text, Font font) {
        MEASURE.setFont(font);
        MEASURE.setText(text);
        return MEASURE.getLayoutBounds().getWidth();
    }

    /** A font of the given size, plain or bold; cell numbers shrink with the cells. */
    public static Font sized(double size, boolean bold) {
        return Font.font("System", bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
    }

    public static Font mono(double size) {
        return Font.font("Monospaced", size);
    }
}
