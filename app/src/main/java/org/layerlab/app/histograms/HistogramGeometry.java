package org.layerlab.app.histograms;

import org.layerlab.engine.train.Histogram;

/** The numbers a histogram panel draws: bar heights and positions, and the saturated share of the values. */
public final class HistogramGeometry {

    private HistogramGeometry() {
    }

    /** Bar heights in pixels: the tallest bar fills {@code plotHeight}, the others in proportion. */
    public static double[] barHeights(long[] counts, double plotHeight) {
        if (counts.length == 0) {
            throw new IllegalArgumentException("a histogram needs at least 1 bin, found 0");
        }
        long max = 0;
        for (long c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException("histogram counts must be 0 or more, found " + c);
            }
            max = Math.max(max, c);
        }
        double[] heights = new double[counts.length];
        for (int i = 0; i < counts.length && max > 0; i++) {
            heights[i] = plotHeight * counts[i] / max;
        }
        return heights;
    }

    /** The left pixel edge of bar {@code i} of {@code bins} spread over {@code width} pixels from {@code left}. */
    public static double barLeft(int i, int bins, double left, double width) {
        return left + width * i / bins;
    }

    /**
     * The share of values within {@code edge} (a fraction of the range, e.g. 0.05) of either end of
     * {@code lo..hi}, or beyond: sigmoid outputs pinned near 0 or 1. Values in a bin are taken as
     * spread evenly over it.
     */
    public static double saturation(Histogram h, double lo, double hi, double edge) {
        long total = h.total();
        if (total == 0) {
            return 0;
        }
        double low = lo + edge * (hi - lo);
        double high = hi - edge * (hi - lo);
        long[] counts = h.counts();
        double width = (h.max() - h.min()) / counts.length;
        double saturated = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                continue;
            }
            double b0 = h.min() + i * width;
            double b1 = b0 + width;
            if (width <= 0) {
                saturated += b0 <= low || b0 >= high ? counts[i] : 0;
            } else {
                double below = Math.max(0, Math.min(b1, low) - b0);
                double above = Math.max(0, b1 - Math.max(b0, high));
                saturated += counts[i] * Math.min(1, (below + above) / width);
            }
        }
        return saturated / total;
    }
}
