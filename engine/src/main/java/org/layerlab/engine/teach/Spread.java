package org.layerlab.engine.teach;

import java.util.Arrays;

/**
 * Mean ± standard deviation of a figure over folds, with its range. The deviation is the population
 * one (NumPy's default {@code np.std}); NaN values (a diverged fold) are left out and counted.
 */
public record Spread(double mean, double std, double min, double max, int count, int missing) {

    public static Spread of(double[] values) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
        int n = finite.length;
        if (n == 0) {
            return new Spread(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0, values.length);
        }
        double mean = Arrays.stream(finite).average().orElseThrow();
        double squares = Arrays.stream(finite).map(v -> (v - mean) * (v - mean)).sum();
        return new Spread(mean, Math.sqrt(squares / n), Arrays.stream(finite).min().orElseThrow(),
                Arrays.stream(finite).max().orElseThrow(), n, values.length - n);
    }
}
