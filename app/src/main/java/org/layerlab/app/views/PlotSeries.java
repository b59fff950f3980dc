package org.layerlab.app.views;

import javafx.scene.paint.Color;

/**
 * One line of a {@link PlotCanvas}: the first {@code count} values of {@code x} (ascending) and
 * {@code y}. The arrays may be longer than {@code count} (growable buffers) but never shorter.
 */
public record PlotSeries(String name, Color color, boolean dashed, double[] x, double[] y, int count) {

    public PlotSeries {
        if (count < 0) {
            throw new IllegalArgumentException("series '" + name + "' needs a point count of 0 or more, found " + count);
        }
        if (x.length < count || y.length < count) {
            throw new IllegalArgumentException("series '" + name + "' has " + count + " points, so it needs at least "
                    + count + " x and y values, found " + x.length + " x and " + y.length + " y");
        }
    }

    /** A series over whole arrays, which must have the same length. */
    public static PlotSeries of(String name, Color color, double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("series '" + name + "' needs as many x as y values, found "
                    + x.length + " x and " + y.length + " y");
        }
        return new PlotSeries(name, color, false, x, y, x.length);
    }
}
