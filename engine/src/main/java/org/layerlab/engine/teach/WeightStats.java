package org.layerlab.engine.teach;

import org.layerlab.engine.train.Histogram;

/**
 * A summary of every trainable parameter of a network (weights, biases, normalization gains) at one
 * moment: what L1 (many exact or near zeros) and L2 (small weights overall) do to them.
 *
 * @param count         number of parameters
 * @param meanAbs       mean absolute value
 * @param rms           root mean square
 * @param nearZeroShare share of parameters with |value| below {@link #NEAR_ZERO}
 * @param histogram     distribution of the values, symmetric around 0
 */
public record WeightStats(int count, double meanAbs, double rms, double nearZeroShare, Histogram histogram) {

    /** What counts as "practically zero" for the sparsity share. */
    public static final double NEAR_ZERO = 1e-3;
    /** Bins of the histogram. */
    public static final int BINS = 41;

    /** The summary of a flat parameter vector. */
    public static WeightStats of(float[] parameters) {
        double sumAbs = 0;
        double sumSquares = 0;
        double largest = 0;
        int nearZero = 0;
        for (float p : parameters) {
            double a = Math.abs(p);
            sumAbs += a;
            sumSquares += a * a;
            largest = Math.max(largest, Double.isFinite(a) ? a : 0);
            if (a < NEAR_ZERO) {
                nearZero++;
            }
        }
        int n = Math.max(1, parameters.length);
        double range = largest == 0 ? 1 : largest;
        return new WeightStats(parameters.length, sumAbs / n, Math.sqrt(sumSquares / n),
                (double) nearZero / n, Histogram.of(parameters, BINS, -range, range));
    }
}
