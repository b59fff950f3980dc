package org.layerlab.engine.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Helpers shared by the generators: argument checks, class names, shuffling and Gaussian jitter.
 * They draw from {@link java.util.Random}, whose algorithm the JDK specifies, so a seed gives the same
 * points on every Java version and a saved project regenerates its data exactly.
 */
final class Generated {

    /** Feature names of the 2-D sets. */
    static final List<String> XY = List.of("x1", "x2");

    private Generated() {
    }

    static void check(String what, int samples, double noise) {
        if (samples < 2) {
            throw new IllegalArgumentException(what + " needs at least 2 samples, found " + samples);
        }
        if (!(noise >= 0) || Double.isInfinite(noise)) {
            throw new IllegalArgumentException(what + " noise must be 0 or more, found " + noise);
        }
    }

    /** Short class names for legends: "0", "1", ... */
    static List<String> classNames(int classes) {
        List<String> names = new ArrayList<>(classes);
        for (int c = 0; c < classes; c++) {
            names.add(Integer.toString(c));
        }
        return names;
    }

    /** Shuffles rows and labels together (Fisher-Yates), as scikit-learn's {@code shuffle=True} does. */
    static void shuffle(double[][] points, int[] labels, Random random) {
        for (int i = points.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            double[] p = points[i];
            points[i] = points[j];
            points[j] = p;
            int l = labels[i];
            labels[i] = labels[j];
            labels[j] = l;
        }
    }

    /** Adds Gaussian noise of standard deviation {@code noise} to every coordinate. */
    static void jitter(double[][] points, double noise, Random random) {
        if (noise == 0) {
            return;
        }
        for (double[] p : points) {
            for (int j = 0; j < p.length; j++) {
                p[j] += noise * random.nextGaussian();
            }
        }
    }

    static float[][] toFloat(double[][] points) {
        float[][] f = new float[points.length][];
        for (int i = 0; i < points.length; i++) {
            f[i] = new float[points[i].length];
            for (int j = 0; j < points[i].length; j++) {
                f[i][j] = (float) points[i][j];
            }
        }
        return f;
    }

    /** A 2-D classification dataset from double points. */
    static Dataset classification(String name, double[][] points, int[] labels, int classes) {
        return Dataset.classification(name, toFloat(points), labels, classNames(classes), XY);
    }

    /**
     * Point {@code i} of {@code numpy.linspace(start, stop, n)} (end point included), computed as numpy does:
     * {@code start + i * step}, the last point exactly {@code stop}; a single point is {@code start}.
     */
    static double linspace(double start, double stop, int n, int i) {
        if (n == 1) {
            return start;
        }
        if (i == n - 1) {
            return stop;
        }
        double step = (stop - start) / (n - 1);
        return start + i * step;
    }
}
