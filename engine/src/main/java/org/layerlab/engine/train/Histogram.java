package org.layerlab.engine.train;

/** Counts of values in {@code counts.length} equal bins spanning {@code min..max}. */
public record Histogram(double min, double max, long[] counts) {

    /** Bins {@code values} into {@code bins} equal bins between their minimum and maximum. */
    public static Histogram of(float[] values, int bins) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (float v : values) {
            if (Float.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) {
            return new Histogram(0, 0, new long[bins]);
        }
        return of(values, bins, lo, hi);
    }

    /** Bins {@code values} into {@code bins} equal bins over a fixed range; values outside go to the end bins. */
    public static Histogram of(float[] values, int bins, double lo, double hi) {
        long[] counts = new long[bins];
        double width = hi - lo;
        for (float v : values) {
            if (!Float.isFinite(v)) {
                continue;
            }
            int b = width <= 0 ? bins / 2 : (int) ((v - lo) / width * bins);
            counts[Math.max(0, Math.min(bins - 1, b))]++;
        }
        return new Histogram(lo, hi, counts);
    }

    public long total() {
        long t = 0;
        for (long c : counts) {
            t += c;
        }
        return t;
    }
}
