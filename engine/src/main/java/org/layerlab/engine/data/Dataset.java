package org.layerlab.engine.data;

import java.util.List;

/**
 * A table of examples in memory: features as the source holds them (2-D points as generated, MNIST
 * pixels as bytes 0..255), and either class labels or regression targets.
 *
 * @param name         what to call it on screen ("moons", "mnist", "iris.csv")
 * @param features     one row per example, every row the same length
 * @param labels       class index per example (classification), or null (regression)
 * @param targets      target per example (regression), or null (classification)
 * @param classNames   one name per class (classification), empty for regression
 * @param featureNames one name per feature column
 */
public record Dataset(String name, float[][] features, int[] labels, float[] targets,
                      List<String> classNames, List<String> featureNames) {

    public Dataset {
        if ((labels == null) == (targets == null)) {
            throw new IllegalArgumentException("a dataset has either labels or targets, not both or neither");
        }
        int n = labels != null ? labels.length : targets.length;
        if (features.length != n) {
            throw new IllegalArgumentException("features have " + features.length + " rows but labels have " + n);
        }
        classNames = List.copyOf(classNames);
        featureNames = List.copyOf(featureNames);
    }

    /** A classification set. */
    public static Dataset classification(String name, float[][] features, int[] labels, List<String> classNames,
                                         List<String> featureNames) {
        return new Dataset(name, features, labels, null, classNames, featureNames);
    }

    /** A regression set with one target per example. */
    public static Dataset regression(String name, float[][] features, float[] targets, List<String> featureNames) {
        return new Dataset(name, features, null, targets, List.of(), featureNames);
    }

    public int size() {
        return features.length;
    }

    public int featureCount() {
        return features.length == 0 ? featureNames.size() : features[0].length;
    }

    public boolean isClassification() {
        return labels != null;
    }

    /** Number of classes, 0 for regression. */
    public int classCount() {
        return classNames.size();
    }

    /** The examples at these row indices, in that order. */
    public Dataset subset(int[] rows) {
        float[][] f = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            f[i] = features[rows[i]];
        }
        if (labels != null) {
            int[] l = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                l[i] = labels[rows[i]];
            }
            return new Dataset(name, f, l, null, classNames, featureNames);
        }
        float[] t = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            t[i] = targets[rows[i]];
        }
        return new Dataset(name, f, null, t, classNames, featureNames);
    }
}
