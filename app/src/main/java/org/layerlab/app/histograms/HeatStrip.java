package org.layerlab.app.histograms;

import org.layerlab.app.views.Palette;
import org.layerlab.engine.train.Histogram;

import java.util.Arrays;

/**
 * The last {@code capacity} histograms of one layer in a fixed-size ring, rendered as a heat strip:
 * one column per snapshot (oldest on the left), values on the vertical axis over the range of all
 * kept snapshots, darker where more values fall.
 */
public final class HeatStrip {

    private final int capacity;
    private float[] fractions = new float[0];
    private final double[] mins;
    private final double[] maxs;
    private int bins;
    private int start;
    private int size;
    private double[] rowMass = new double[0];

    public HeatStrip(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a heat strip keeps 1 or more snapshots, found " + capacity);
        }
        this.capacity = capacity;
        this.mins = new double[capacity];
        this.maxs = new double[capacity];
    }

    /** Adds a snapshot's histogram, dropping the oldest when full. A change of bin count starts the strip over. */
    public void push(Histogram h) {
        int n = h.counts().length;
        if (n != bins) {
            bins = n;
            fractions = new float[capacity * n];
            start = 0;
            size = 0;
        }
        int slot = (start + size) % capacity;
        if (size == capacity) {
            start = (start + 1) % capacity;
        } else {
            size++;
        }
        long total = h.total();
        for (int b = 0; b < n; b++) {
            fractions[slot * n + b] = total == 0 ? 0f : (float) h.counts()[b] / total;
        }
        mins[slot] = h.min();
        maxs[slot] = h.max();
    }

    public void clear() {
        start = 0;
        size = 0;
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return capacity;
    }

    /** Lowest and highest value over the kept snapshots ({0, 1} while empty). */
    public double[] valueRange() {
        if (size == 0) {
            return new double[] {0, 1};
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < size; k++) {
            int slot = (start + k) % capacity;
            lo = Math.min(lo, mins[slot]);
            hi = Math.max(hi, maxs[slot]);
        }
        if (hi <= lo) {
            return new double[] {lo - 0.5, hi + 0.5};
        }
        return new double[] {lo, hi};
    }

    /**
     * The strip as {@code capacity x rows} opaque ARGB pixels, row 0 at the top (the highest value).
     * Each column is scaled so its fullest row is darkest; empty columns are white.
     */
    public int[] render(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("a heat strip needs 1 or more rows, found " + rows);
        }
        int[] pixels = new int[capacity * rows];
        Arrays.fill(pixels, 0xFFFFFFFF);
        if (rowMass.length != rows) {
            rowMass = new double[rows];
        }
        double[] range = valueRange();
        double lo = range[0];
        double span = range[1] - range[0];
        for (int k = 0; k < size; k++) {
            int slot = (start + k) % capacity;
            Arrays.fill(rowMass, 0);
            double binWidth = (maxs[slot] - mins[slot]) / bins;
            for (int b = 0; b < bins; b++) {
                double mass = fractions[slot * bins + b];
                if (mass == 0) {
                    continue;
                }
                double v0 = mins[slot] + b * binWidth;
                // Rows count from the top, so the bin's upper edge gives its first row.
                double r0 = (range[1] - (v0 + binWidth)) / span * rows;
                double r1 = (range[1] - v0) / span * rows;
                spread(mass, r0, r1, rows);
            }
            double max = 0;
            for (double m : rowMass) {
                max = Math.max(max, m);
            }
            for (int r = 0; r < rows && max > 0; r++) {
                if (rowMass[r] > 0) {
                    // A gamma below 1 keeps thin tails visible next to a tall peak.
                    pixels[r * capacity + k] = Palette.densityArgb(0.12 + 0.88 * Math.pow(rowMass[r] / max, 0.6));
                }
            }
        }
        return pixels;
    }

    /** Spreads {@code mass} evenly over the fractional row interval {@code r0..r1}. */
    private void spread(double mass, double r0, double r1, int rows) {
        if (r1 - r0 < 1e-12) {
            int r = Math.max(0, Math.min(rows - 1, (int) Math.floor(r0)));
            rowMass[r] += mass;
            return;
        }
        int first = Math.max(0, (int) Math.floor(r0));
        int last = Math.min(rows - 1, (int) Math.ceil(r1) - 1);
        for (int r = first; r <= last; r++) {
            double overlap = Math.min(r1, r + 1) - Math.max(r0, r);
            if (overlap > 0) {
                rowMass[r] += mass * overlap / (r1 - r0);
            }
        }
    }
}
