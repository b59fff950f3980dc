package org.layerlab.engine.data;

import java.util.Random;

/**
 * Gaussian blobs, one per class, like scikit-learn's {@code make_blobs}: centers drawn uniformly in
 * [-10, 10] x [-10, 10], each point its class center plus Gaussian noise of standard deviation {@code noise}.
 * Unlike scikit-learn, a center is redrawn (up to 100 times, keeping the farthest try) while it lies closer
 * than {@link #MIN_CENTER_DISTANCE} to an earlier one, so the default blobs do not sit on top of each other.
 * Class sizes differ by at most one; the points are shuffled.
 */
public final class BlobsGenerator implements DatasetGenerator {

    /** Half the side of the square the centers are drawn in (scikit-learn's {@code center_box}). */
    public static final double BOX = 10.0;
    /** Preferred smallest distance between two centers. */
    public static final double MIN_CENTER_DISTANCE = 4.0;
    /** Fewest and most classes. */
    public static final int MIN_CLASSES = 2;
    public static final int MAX_CLASSES = 10;

    private static final int CENTER_TRIES = 100;

    private final int classes;

    /**
     * @param classes number of blobs (and classes), 2..10
     */
    public BlobsGenerator(int classes) {
        if (classes < MIN_CLASSES || classes > MAX_CLASSES) {
            throw new IllegalArgumentException("blobs needs " + MIN_CLASSES + ".." + MAX_CLASSES
                    + " classes, found " + classes);
        }
        this.classes = classes;
    }

    public int classes() {
        return classes;
    }

    @Override
    public Dataset generate(int samples, double noise, long seed) {
        Generated.check("blobs", samples, noise);
        if (samples < classes) {
            throw new IllegalArgumentException("blobs needs at least one sample per class: "
                    + classes + " classes, found " + samples + " samples");
        }
        Random random = new Random(seed);
        double[][] centers = centers(random);
        double[][] points = new double[samples][];
        int[] labels = new int[samples];
        int row = 0;
        for (int c = 0; c < classes; c++) {
            // scikit-learn's split: samples / k each, the first (samples % k) classes one more.
            int count = samples / classes + (c < samples % classes ? 1 : 0);
            for (int i = 0; i < count; i++) {
                points[row] = centers[c].clone();
                labels[row] = c;
                row++;
            }
        }
        Generated.jitter(points, noise, random);
        Generated.shuffle(points, labels, random);
        return Generated.classification(DatasetKind.BLOBS.key(), points, labels, classes);
    }

    /** The blob centers for this seed (the same ones {@link #generate} uses). */
    public double[][] centers(long seed) {
        return centers(new Random(seed));
    }

    private double[][] centers(Random random) {
        double[][] centers = new double[classes][];
        for (int c = 0; c < classes; c++) {
            double[] best = null;
            double bestDistance = -1;
            for (int attempt = 0; attempt < CENTER_TRIES && bestDistance < MIN_CENTER_DISTANCE; attempt++) {
                double[] candidate = {uniform(random), uniform(random)};
                double nearest = Double.POSITIVE_INFINITY;
                for (int other = 0; other < c; other++) {
                    nearest = Math.min(nearest, Math.hypot(candidate[0] - centers[other][0],
                            candidate[1] - centers[other][1]));
                }
                if (nearest > bestDistance) {
                    best = candidate;
                    bestDistance = nearest;
                }
            }
            centers[c] = best;
        }
        return centers;
    }

    private static double uniform(Random random) {
        return -BOX + 2 * BOX * random.nextDouble();
    }
}
