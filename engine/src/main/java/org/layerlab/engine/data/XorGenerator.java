package org.layerlab.engine.data;

import java.util.Random;

/**
 * The XOR quadrants, as in TensorFlow Playground but in [-1, 1] x [-1, 1]: each point is uniform in its
 * quadrant, kept {@link #MARGIN} away from both axes, and belongs to class 1 when {@code x1 * x2 > 0}
 * (first and third quadrants), class 0 otherwise. Labels are dealt alternately so the classes are
 * balanced, and the label always follows the clean point; the noise (Gaussian, standard deviation
 * {@code noise}) then jitters the position, so with noise some points cross an axis, as real data would.
 */
public final class XorGenerator implements DatasetGenerator {

    /** Distance kept from the axes (Playground's 0.3 padding on its [-5, 5] square, scaled to [-1, 1]). */
    public static final double MARGIN = 0.06;

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
            points[i] = new double[] {flipX ? -x : x, flipY ? -y : y};
            labels[i] = label;
        }
        Generated.shuffle(points, labels, random);
        Generated.jitter(points, noise, random);
        return Generated.classification(DatasetKind.XOR.key(), points, labels, 2);
    }
}
