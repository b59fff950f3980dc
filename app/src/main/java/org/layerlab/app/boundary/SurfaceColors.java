package org.layerlab.app.boundary;

import org.layerlab.app.views.Palette;

/**
 * Colours of a probability grid, one opaque ARGB pixel per cell. Two classes use a diverging
 * scale: white at probability 0.5, class 0's colour towards 0, class 1's towards 1. More classes
 * use the winning class's colour, paler the less confident. "Discretize" paints hard regions.
 * Colours stop at {@link #STRENGTH} of the class colour so the data points stay visible on top.
 */
public final class SurfaceColors {

    /** How far towards the full class colour a certain cell goes (1 would hide same-coloured points). */
    public static final double STRENGTH = 0.65;

    private static final int WHITE = 0xFFFFFFFF;

    private SurfaceColors() {
    }

    /**
     * @param probabilities {@code rows * cols * classes} values, cell {@code (r, c)} at
     *                      {@code ((r * cols) + c) * classes}; with {@code classes == 1} the value is P(class 1)
     * @return {@code rows * cols} ARGB values, row-major, row 0 first
     */
    public static int[] render(int rows, int cols, int classes, double[] probabilities, boolean discretize) {
        if (rows < 1 || cols < 1 || classes < 1) {
            throw new IllegalArgumentException("a probability grid needs rows, cols and classes of 1 or more, found "
                    + rows + "x" + cols + "x" + classes);
        }
        if (probabilities.length != rows * cols * classes) {
            throw new IllegalArgumentException("a " + rows + "x" + cols + " grid of " + classes + " classes needs "
                    + rows * cols * classes + " probabilities, found " + probabilities.length);
        }
        int[] pixels = new int[rows * cols];
        for (int cell = 0; cell < pixels.length; cell++) {
            int base = cell * classes;
            if (classes <= 2) {
                double p1 = classes == 1 ? probabilities[base] : probabilities[base + 1];
                pixels[cell] = binary(p1, discretize);
            } else {
                int best = 0;
                for (int c = 1; c < classes; c++) {
                    if (probabilities[base + c] > probabilities[base + best]) {
                        best = c;
                    }
                }
                double chance = 1.0 / classes;
                double confidence = (probabilities[base + best] - chance) / (1 - chance);
                pixels[cell] = Palette.mix(WHITE, Palette.classArgb(best), STRENGTH * (discretize ? 1 : confidence));
            }
        }
        return pixels;
    }

    /** The colour of P(class 1) = {@code p1} on the diverging scale (also the legend's colour bar). */
    public static int binary(double p1, boolean discretize) {
        if (Double.isNaN(p1)) {
            return WHITE;
        }
        int cls = p1 >= 0.5 ? 1 : 0;
        double strength = discretize ? 1 : Math.min(1, Math.abs(p1 - 0.5) * 2);
        return Palette.mix(WHITE, Palette.classArgb(cls), STRENGTH * strength);
    }
}
