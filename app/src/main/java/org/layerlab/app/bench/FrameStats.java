package org.layerlab.app.bench;

import java.util.Arrays;
import java.util.Locale;

/** Durations in nanoseconds collected on one thread, summarised as median, 95th percentile and maximum in ms. */
final class FrameStats {

    private long[] values = new long[1024];
    private int count;

    void add(long nanos) {
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = nanos;
    }

    void clear() {
        count = 0;
    }

    int count() {
        return count;
    }

    /** The q-quantile (0..1) in milliseconds, NaN when empty. */
    double quantileMillis(double q) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        int index = (int) Math.min(count - 1, Math.max(0, Math.ceil(q * count) - 1));
        return sorted[index] / 1e6;
    }

    double maxMillis() {
        return quantileMillis(1.0);
    }

    /** "p50 16.7 · p95 17.9 · max 33.2 ms". */
    String summary() {
        return String.format(Locale.ROOT, "p50 %5.1f · p95 %5.1f · max %5.1f ms", quantileMillis(0.5),
                quantileMillis(0.95), maxMillis());
    }

    /** A copy, for a run's own figures. */
    FrameStats copy() {
        FrameStats c = new FrameStats();
        c.values = Arrays.copyOf(values, Math.max(1, count));
        c.count = count;
        return c;
    }

    /** Every value of {@code other} added to this. */
    void addAll(FrameStats other) {
        for (int i = 0; i < other.count; i++) {
            add(other.values[i]);
        }
    }
}
