package org.layerlab.engine.data;

import java.util.Arrays;

/**
 * Fits a {@link FeatureScaler} on a training split. Statistics are computed in double precision;
 * a feature that does not vary gets a scale of 1 so it passes through instead of dividing by zero.
 */
public final class FeatureScalers {

    /** The divisor of {@link Normalization#PIXELS}: bytes 0..255 become 0..1. */
    public static final float PIXEL_SCALE = 255f;

    private FeatureScalers() {
    }

    /**
     * Fits the scaler of {@code kind} on {@code train}.
     * STANDARDIZE: population mean and standard deviation; MIN_MAX: minimum and range; PIXELS: 0 and 255;
     * NONE: 0 and 1.
     *
     * @throws IllegalArgumentException when a statistic is needed and the split has no examples
     */
    public static FeatureScaler fit(Normalization kind, Dataset train) {
        int width = train.featureCount();
        float[] offset = new float[width];
        float[] scale = new float[width];
        switch (kind) {
            case NONE -> Arrays.fill(scale, 1f);
            case PIXELS -> Arrays.fill(scale, PIXEL_SCALE);
            case STANDARDIZE -> standardize(train, offset, scale);
            case MIN_MAX -> minMax(train, offset, scale);
        }
        return new FeatureScaler(kind, offset, scale);
    }

    /** The scaler that changes nothing. */
    public static FeatureScaler identity(int features) {
        float[] scale = new float[features];
        Arrays.fill(scale, 1f);
        return new FeatureScaler(Normalization.NONE, new float[features], scale);
    }

    private static void standardize(Dataset train, float[] offset, float[] scale) {
        float[][] x = needRows(train, Normalization.STANDARDIZE);
        int n = x.length;
        for (int j = 0; j < offset.length; j++) {
            double sum = 0;
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            for (float[] row : x) {
                sum += row[j];
                min = Math.min(min, row[j]);
                max = Math.max(max, row[j]);
            }
            double mean = sum / n;
            double squares = 0;
            for (float[] row : x) {
                double d = row[j] - mean;
                squares += d * d;
            }
            offset[j] = (float) mean;
            // min == max is the exact test for a constant; the variance of a constant can come out as 1e-35.
            scale[j] = min == max ? 1f : (float) Math.sqrt(squares / n);
            if (scale[j] == 0f) {
                scale[j] = 1f;
            }
        }
    }

    private static void minMax(Dataset train, float[] offset, float[] scale) {
        float[][] x = needRows(train, Normalization.MIN_MAX);
        for (int j = 0; j < offset.length; j++) {
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            for (float[] row : x) {
                min = Math.min(min, row[j]);
                max = Math.max(max, row[j]);
            }
            offset[j] = min;
            float range = (float) ((double) max - min);
            scale[j] = range > 0f && Float.isFinite(range) ? range : 1f;
        }
    }

    private static float[][] needRows(Dataset train, Normalization kind) {
        if (train.size() == 0) {
            throw new IllegalArgumentException(kind + " needs training examples to fit on, found 0");
        }
        return train.features();
    }
}
