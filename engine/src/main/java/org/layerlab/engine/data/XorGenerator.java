package org.layerlab.engine.data;

import java.util.Random;

/**
 * The XOR quadrants, as in TensorFlow Playground but in [-1, 1] x [-1, 1]: each point is uniform in its
 * quadrant, kept {@link #MARGIN} away from both axes, and belongs to class 1 when {@code x1 * x2 > 0}
 * (first and third quadrants), class 0 otherwise. Labels are dealt alternately so the classes are balanced.
 * The noise (Gaussian, standard deviation {@code noise}) jitters each coordinate but never across an axis
 * (a jitter that would cross is drawn again), so it fills the empty margin around the axes and blurs the
 * square's edges while every label still follows the quadrant rule: the classes stay separable by the axes
 * and a network with a hidden layer can reach 100 %. (Playground instead computes the label from a
 * jittered copy, which puts wrong labels near the axes.)
 */
public final class XorGenerator implements DatasetGenerator {

    /** Distance kept from the axes (Playground's 0.3 padding on its [-5, 5] square, scaled to [-1, 1]). */
    public static final double MARGIN = 0.06;

    private static final int JITTER_TRIES = 20;

    @Override
    public Dataset generate(int samples, double noise, long seed) {
        Generated.check("xor", samples, noise);
        Random random = new Random(seed);
        double[][] points = new double[samples][];
        int[] labels = new int[samples];
        for (int i = 0; i < samples; i++) {
            int label = i % 2;
            double x = MARGIN + (1 - MARGIN) * random.nextDouble();
            double y = MARGIN + (1 - MARGIN) * random.nextDouble();
            boolean flipX = random.nextBoolean();
            // Same signs for class 1 (x*y > 0), opposite signs for class 0.
            boolean flipY = label == 1 ? flipX : !flipX;
            x = jitter(x, noise, random);
            y = jitter(y, noise, random);
            points[i] = new double[] {flipX ? -x : x, flipY ? -y : y};
            labels[i] = label;
        }
        Generated.shuffle(points, labels, random);
        return Generated.classification(DatasetKind.XOR.key(), points, labels, 2);
    }

    /** A positive coordinate plus Gaussian noise that keeps it positive (the clean value if 20 draws cross). */
    private static double jitter(double value, double noise, Random random) {
        if (noise == 0) {
            return value;
        }
        for (int attempt = 0; attempt < JITTER_TRIES; attempt++) {
            double moved = value + noise * random.nextGaussian();
            // Floats too: a double of 1e-50 would become 0 as a float and sit on the axis.
            if ((float) moved > 0) {
                return moved;
            }
        }
        return value;
    }
}
