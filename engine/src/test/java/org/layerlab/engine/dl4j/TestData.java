package org.layerlab.engine.dl4j;

import org.layerlab.engine.data.Dataset;
import org.layerlab.engine.data.DatasetKind;
import org.layerlab.engine.data.DatasetSpec;
import org.layerlab.engine.data.FeatureScaler;
import org.layerlab.engine.data.Normalization;
import org.layerlab.engine.data.PreparedData;

import java.util.List;
import java.util.Random;

/** Small self-made datasets, split and scaled by hand, so these tests need nothing from the data package. */
final class TestData {

    private TestData() {
    }

    /** Two Gaussian blobs far from the origin (so normalization matters), 70/30 split. */
    static PreparedData blobs(int n, long seed, Normalization normalization) {
        Random r = new Random(seed);
        float[][] x = new float[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            double cx = y[i] == 0 ? 8 : 12;
            double cy = y[i] == 0 ? 30 : 26;
            x[i] = new float[]{(float) (cx + r.nextGaussian()), (float) (cy + 1.5 * r.nextGaussian())};
        }
        return classification(DatasetKind.BLOBS, x, y, 2, normalization, seed);
    }

    /** Three Gaussian blobs on a triangle. */
    static PreparedData threeBlobs(int n, long seed) {
        Random r = new Random(seed);
        double[][] centres = {{0, 4}, {-4, -3}, {4, -3}};
        float[][] x = new float[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 3;
            x[i] = new float[]{(float) (centres[y[i]][0] + r.nextGaussian()), (float) (centres[y[i]][1] + r.nextGaussian())};
        }
        return classification(DatasetKind.BLOBS, x, y, 3, Normalization.STANDARDIZE, seed);
    }

    /** XOR: the class is whether x and y have the same sign. */
    static PreparedData xor(int n, long seed) {
        Random r = new Random(seed);
        float[][] x = new float[n][];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            float a = (float) (r.nextDouble() * 10 - 5);
            float b = (float) (r.nextDouble() * 10 - 5);
            x[i] = new float[]{a, b};
            y[i] = (a > 0) == (b > 0) ? 0 : 1;
        }
        return classification(DatasetKind.XOR, x, y, 2, Normalization.STANDARDIZE, seed);
    }

    /** y = sin(x) + noise for x in [-3, 3]. */
    static PreparedData sine(int n, long seed) {
        Random r = new Random(seed);
        float[][] x = new float[n][];
        float[] t = new float[n];
        for (int i = 0; i < n; i++) {
            double v = r.nextDouble() * 6 - 3;
            x[i] = new float[]{(float) v};
            t[i] = (float) (Math.sin(v) + 0.05 * r.nextGaussian());
        }
        Dataset all = Dataset.regression("regression", x, t, List.of("x"));
        return split(all, DatasetSpec.generated(DatasetKind.REGRESSION, n, 0.05).withSeed(seed), Normalization.STANDARDIZE);
    }

    /** Random "pixels" 0..255 in {@code features} columns, the class given by the mean of the first half. */
    static PreparedData pixels(int n, int features, long seed) {
        Random r = new Random(seed);
        float[][] x = new float[n][features];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            double firstHalf = 0;
            for (int j = 0; j < features; j++) {
                x[i][j] = r.nextInt(256);
                if (j < features / 2) {
                    firstHalf += x[i][j];
                }
            }
            y[i] = firstHalf / (features / 2) > 127.5 ? 1 : 0;
        }
        return classification(DatasetKind.MNIST, x, y, 2, Normalization.PIXELS, seed);
    }

    static PreparedData classification(DatasetKind kind, float[][] x, int[] y, int classes, Normalization normalization,
                                       long seed) {
        List<String> names = new java.util.ArrayList<>();
        for (int c = 0; c < classes; c++) {
            names.add("class " + c);
        }
        List<String> featureNames = new java.util.ArrayList<>();
        for (int j = 0; j < x[0].length; j++) {
            featureNames.add("x" + j);
        }
        Dataset all = Dataset.classification(kind.key(), x, y, names, featureNames);
        return split(all, DatasetSpec.generated(kind, x.length, 1.0).withSeed(seed), normalization);
    }

    private static PreparedData split(Dataset all, DatasetSpec spec, Normalization normalization) {
        int n = all.size();
        int nTrain = (int) Math.round(n * 0.7);
        int[] train = new int[nTrain];
        int[] validation = new int[n - nTrain];
        for (int i = 0; i < n; i++) {
            if (i < nTrain) {
                train[i] = i;
            } else {
                validation[i - nTrain] = i;
            }
        }
        Dataset tr = all.subset(train);
        return new PreparedData(spec.withNormalization(normalization), tr, all.subset(validation), all.subset(new int[0]),
                scaler(normalization, tr.features()));
    }

    static FeatureScaler scaler(Normalization kind, float[][] train) {
        int f = train[0].length;
        float[] offset = new float[f];
        float[] scale = new float[f];
        for (int j = 0; j < f; j++) {
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double sum = 0;
            for (float[] row : train) {
                min = Math.min(min, row[j]);
                max = Math.max(max, row[j]);
                sum += row[j];
            }
            double mean = sum / train.length;
            double sq = 0;
            for (float[] row : train) {
                sq += (row[j] - mean) * (row[j] - mean);
            }
            switch (kind) {
                case NONE -> scale[j] = 1;
                case STANDARDIZE -> {
                    offset[j] = (float) mean;
                    scale[j] = (float) Math.sqrt(sq / train.length);
                }
                case MIN_MAX -> {
                    offset[j] = (float) min;
                    scale[j] = (float) (max - min);
                }
                case PIXELS -> scale[j] = 255;
            }
        }
        return new FeatureScaler(kind, offset, scale);
    }
}
