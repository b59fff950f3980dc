package org.layerlab.engine.data;

import java.util.Random;

/**
 * A small circle inside a larger one, scikit-learn's {@code make_circles} with {@code factor = 0.5}: class 0 on
 * the unit circle, class 1 on the circle of radius 0.5, angles evenly spaced over [0, 2 pi) without the end
 * point; shuffled, then Gaussian noise of standard deviation {@code noise} on both coordinates.
 */
public final class CirclesGenerator implements DatasetGenerator {

    /** Radius of the inner circle relative to the outer one. */
    public static final double FACTOR = 0.5;

    @Override
    public Dataset generate(int samples, double noise, long seed) {
        Generated.check("circles", samples, noise);
        Random random = new Random(seed);
        int outer = samples / 2;
        int inner = samples - outer;
        double[][] points = new double[samples][];
        int[] labels = new int[samples];
        for (int i = 0; i < outer; i++) {
            double t = i * (2 * Math.PI / outer);
            points[i] = new double[] {Math.cos(t), Math.sin(t)};
        }
        for (int i = 0; i < inner; i++) {
            double t = i * (2 * Math.PI / inner);
            points[outer + i] = new double[] {FACTOR * Math.cos(t), FACTOR * Math.sin(t)};
            labels[outer + i] = 1;
        }
        Generated.shuffle(points, labels, random);
        Generated.jitter(points, noise, random);
        return Generated.classification(DatasetKind.CIRCLES.key(), points, labels, 2);
    }
}
