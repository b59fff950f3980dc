package org.layerlab.engine.data;

import java.util.List;
import java.util.Random;

/**
 * A 1-D regression set: x uniform in [-pi, pi], target {@code y = sin(x)} plus Gaussian noise of standard
 * deviation {@code noise}. One feature, named "x".
 */
public final class RegressionGenerator implements DatasetGenerator {

    @Override
    public Dataset generate(int samples, double noise, long seed) {
        Generated.check("regression", samples, noise);
        Random random = new Random(seed);
        float[][] features = new float[samples][1];
        float[] targets = new float[samples];
        for (int i = 0; i < samples; i++) {
            double x = -Math.PI + 2 * Math.PI * random.nextDouble();
            features[i][0] = (float) x;
            targets[i] = (float) (Math.sin(x) + noise * random.nextGaussian());
        }
        return Dataset.regression(DatasetKind.REGRESSION.key(), features, targets, List.of("x"));
    }

    /** The noise-free curve the targets scatter around. */
    public static double truth(double x) {
        return Math.sin(x);
    }
}
