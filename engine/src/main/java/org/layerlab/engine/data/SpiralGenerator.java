package org.layerlab.engine.data;

import java.util.Random;

/**
 * Two interleaved spirals, TensorFlow Playground's construction scaled to radius 1: point i of n per arm
 * sits at radius {@code r = i / n} and angle {@code 1.75 * 2 pi * i / n}, the second arm turned by pi.
 * Class 0 is the first arm, class 1 the second; shuffled, then Gaussian noise of standard deviation
 * {@code noise} on both coordinates (the arms are about 0.29 apart, so 0.1 is already a challenge).
 */
public final class SpiralGenerator implements DatasetGenerator {

    /** Turns of each arm. */
    public static final double TURNS = 1.75;

    @Override
    public Dataset generate(int samples, double noise, long seed) {
        Generated.check("spiral", samples, noise);
        Random random = new Random(seed);
        int first = samples / 2;
        int second = samples - first;
        double[][] points = new double[samples][];
        int[] labels = new int[samples];
        fillArm(points, labels, 0, first, 0.0, 0);
        fillArm(points, labels, first, second, Math.PI, 1);
        Generated.shuffle(points, labels, random);
        Generated.jitter(points, noise, random);
        return Generated.classification(DatasetKind.SPIRAL.key(), points, labels, 2);
    }

    private static void fillArm(double[][] points, int[] labels, int from, int n, double turn, int label) {
        for (int i = 0; i < n; i++) {
            double r = (double) i / n;
            double t = TURNS * 2 * Math.PI * i / n + turn;
            points[from + i] = new double[] {r * Math.sin(t), r * Math.cos(t)};
            labels[from + i] = label;
        }
    }
}
