package org.layerlab.engine.cli;

import java.util.Arrays;

/** Repeated timings of one operation, in milliseconds, summarised as median and 90th percentile. */
final class Timings {

    private double[] millis = new double[16];
    private int count;

    void add(double ms) {
        if (count == millis.length) {
            millis = Arrays.copyOf(millis, count * 2);
        }
        millis[count++] = ms;
    }

    int count() {
        return count;
    }

    double median() {
        return percentile(0.5);
    }

    double p90() {
        return percentile(0.9);
    }

    /** Linear interpolation between the closest ranks. */
    double percentile(double q) {
        if (count == 0) {
            throw new IllegalStateException("no timings recorded");
        }
        double[] sorted = Arrays.copyOf(millis, count);
        Arrays.sort(sorted);
        double rank = q * (count - 1);
        int low = (int) Math.floor(rank);
        int high = Math.min(count - 1, low + 1);
        return sorted[low] + (rank - low) * (sorted[high] - sorted[low]);
    }
}
