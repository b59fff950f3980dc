package org.layerlab.engine.data;

import java.util.Random;

/**
 * Two interleaving half circles with scikit-learn's {@code make_moons} geometry: class 0 on the upper arc
 * {@code (cos t, sin t)}, class 1 on the lower arc {@code (1 - cos t, 1 - sin t - 0.5)}, t evenly spaced over
 * [0, pi] with both ends included; the points are shuffled, then Gaussian noise of standard deviation
 * {@code noise} is added to both coordinates. An odd count gives class 1 the extra point, as in scikit-learn.
 */
public final class MoonsGenerator implements DatasetGenerator {

    @Override
    public Dataset generate(int samples, double noise, long seed) {
        Generated.check("moons", samples, noise);
        Random random = new Random(seed);
        int outer = samples / 2;
        int inner = samples - outer;
        double[][] points = new double[samples][];
        int[] labels = new int[samples];
        for (int i = 0; i < outer; i++) {
            double t = Generated.linspace(0, Math.PI, outer, i);
            points[i] = new double[] {Math.cos(t), Math.sin(t)};
        }
        for (int i = 0; i < inner; i++) {
            double t = Generated.linspace(0, Math.PI, inner, i);
            points[outer + i] = new double[] {1 - Math.cos(t), 1 - Math.sin(t) - 0.5};
            labels[outer + i] = 1;
        }
        Generated.shuffle(points, labels, random);
        Generated.jitter(points, noise, random);
        return Generated.classification(DatasetKind.MOONS.key(), points, labels, 2);
    }
}
