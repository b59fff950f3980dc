package org.layerlab.app.views;

import javafx.scene.paint.Color;

/**
 * The one palette of the live views: Okabe-Ito colours (safe for the common colour-vision
 * deficiencies) for series and classes, viridis for ordered things (layers from input to output),
 * and a white-to-blue ramp for densities drawn on white.
 */
public final class Palette {

    public static final Color INK = Color.web("#1a1a1a");
    public static final Color MUTED = Color.web("#5a5a5a");
    public static final Color GRID = Color.web("#dedede");
    public static final Color FRAME = Color.web("#9a9a9a");
    public static final Color BACKGROUND = Color.WHITE;

    public static final Color BLUE = Color.web("#0072B2");
    public static final Color ORANGE = Color.web("#E69F00");
    public static final Color SKY_BLUE = Color.web("#56B4E9");
    public static final Color GREEN = Color.web("#009E73");
    public static final Color YELLOW = Color.web("#F0E442");
    public static final Color VERMILLION = Color.web("#D55E00");
    public static final Color PURPLE = Color.web("#CC79A7");

    /** Training curves and points. */
    public static final Color TRAIN = BLUE;
    /** Validation curves and points. */
    public static final Color VALIDATION = VERMILLION;
    /** Something needs attention (saturation, dead units, overfitting). */
    public static final Color WARNING = VERMILLION;

    private static final int[] CLASS_ARGB = {
        0xFF0072B2, 0xFFE69F00, 0xFF009E73, 0xFFCC79A7, 0xFF56B4E9, 0xFFD55E00, 0xFFF0E442, 0xFF7F7F7F};

    /** Viridis at 9 evenly spaced stops (matplotlib's values). */
    private static final int[] VIRIDIS = {
        0x440154, 0x472D7B, 0x3B528B, 0x2C728E, 0x21918C, 0x28AE80, 0x5EC962, 0xADDC30, 0xFDE725};

    /** White to dark blue (ColorBrewer "Blues"): empty is white, dense is dark. */
    private static final int[] DENSITY = {
        0xFFFFFF, 0xDEEBF7, 0xC6DBEF, 0x9ECAE1, 0x6BAED6, 0x4292C6, 0x2171B5, 0x08519C, 0x08306B};

    private Palette() {
    }

    /** Opaque ARGB of class {@code c} (cycles after 8 classes). */
    public static int classArgb(int c) {
        if (c < 0) {
            throw new IllegalArgumentException("class index must be 0 or more, found " + c);
        }
        return CLASS_ARGB[c % CLASS_ARGB.length];
    }

    public static Color classColor(int c) {
        return color(classArgb(c));
    }

    /** Viridis at {@code t} in 0..1 as opaque ARGB. */
    public static int viridisArgb(double t) {
        return 0xFF000000 | interpolate(VIRIDIS, t);
    }

    /** The density ramp at {@code t} in 0..1 as opaque ARGB. */
    public static int densityArgb(double t) {
        return 0xFF000000 | interpolate(DENSITY, t);
    }

    /**
     * The colour of layer {@code index} of {@code count}, input side dark purple, output side green;
     * viridis is cut before its pale yellow end, which disappears on white.
     */
    public static Color layerColor(int index, int count) {
        double t = count <= 1 ? 0 : (double) index / (count - 1);
        return color(viridisArgb(0.82 * t));
    }

    /** A straight mix of two ARGB colours: t = 0 gives {@code a}, 1 gives {@code b}; the result is opaque. */
    public static int mix(int a, int b, double t) {
        double s = Math.max(0, Math.min(1, t));
        int r = (int) Math.round(((a >> 16) & 0xFF) * (1 - s) + ((b >> 16) & 0xFF) * s);
        int g = (int) Math.round(((a >> 8) & 0xFF) * (1 - s) + ((b >> 8) & 0xFF) * s);
        int bl = (int) Math.round((a & 0xFF) * (1 - s) + (b & 0xFF) * s);
        return 0xFF000000 | (r << 16) | (g << 8) | bl;
    }

    public static Color color(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
    }

    public static Color withAlpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    private static int interpolate(int[] stops, double t) {
        double s = Double.isNaN(t) ? 0 : Math.max(0, Math.min(1, t)) * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) s);
        return mix(stops[i], stops[i + 1], s - i) & 0xFFFFFF;
    }
}
