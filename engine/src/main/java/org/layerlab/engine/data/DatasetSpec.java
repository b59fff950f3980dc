package org.layerlab.engine.data;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Which data to train on and how to split and scale it; stored in the project file.
 *
 * @param kind            the dataset
 * @param samples         points to generate (generators), or digits to take from the MNIST training file (0 = all)
 * @param noise           generator noise (e.g. moons' Gaussian standard deviation); ignored by loaders
 * @param classes         classes for gaussian blobs; ignored elsewhere
 * @param path            CSV file, or the folder of the MNIST IDX files (null = the bundled sample-data/mnist)
 * @param labelColumn     CSV column holding the label or target (null = the last column)
 * @param regression      CSV only: the label column is a numeric target, not a class
 * @param trainRatio      share of the points for training
 * @param validationRatio share for validation (the three ratios sum to 1)
 * @param testRatio       share held out for the final test (MNIST uses its own test file instead)
 * @param normalization   feature scaling, fitted on the training split
 * @param seed            seed of the generator and the split
 * @param knobs           teaching changes applied after the split (label noise, training size, feature scale,
 *                        augmentation); {@link DataKnobs#none()} when absent, and left out of files when none
 */
public record DatasetSpec(
        DatasetKind kind,
        int samples,
        double noise,
        int classes,
        String path,
        String labelColumn,
        boolean regression,
        double trainRatio,
        double validationRatio,
        double testRatio,
        Normalization normalization,
        long seed,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = DataKnobs.OmitWhenNone.class)
        DataKnobs knobs) {

    public DatasetSpec {
        knobs = knobs == null ? DataKnobs.none() : knobs;
    }

    /** The settings without knobs (the form every project had before knobs existed). */
    public DatasetSpec(DatasetKind kind, int samples, double noise, int classes, String path, String labelColumn,
                       boolean regression, double trainRatio, double validationRatio, double testRatio,
                       Normalization normalization, long seed) {
        this(kind, samples, noise, classes, path, labelColumn, regression, trainRatio, validationRatio, testRatio,
                normalization, seed, DataKnobs.none());
    }

    /** A generated 2-D set with the usual defaults: 70/30/0 split, standardized, seed 42. */
    public static DatasetSpec generated(DatasetKind kind, int samples, double noise) {
        return new DatasetSpec(kind, samples, noise, kind == DatasetKind.BLOBS ? 3 : 2, null, null,
                kind == DatasetKind.REGRESSION, 0.7, 0.3, 0.0, Normalization.STANDARDIZE, 42);
    }

    /** The bundled MNIST subset: all 8,000 training digits, 10 % for validation, pixels scaled to 0..1. */
    public static DatasetSpec mnist() {
        return new DatasetSpec(DatasetKind.MNIST, 0, 0.0, 10, null, null, false, 0.9, 0.1, 0.0,
                Normalization.PIXELS, 42);
    }

    /** The documented defaults for a kind, as the dataset panel offers them. */
    public static DatasetSpec defaultsFor(DatasetKind kind) {
        return switch (kind) {
            case MOONS -> generated(kind, 1000, 0.2);
            case XOR -> generated(kind, 400, 0.1);
            case CIRCLES -> generated(kind, 500, 0.1);
            case SPIRAL -> generated(kind, 600, 0.1);
            case BLOBS -> generated(kind, 600, 1.0);
            case REGRESSION -> generated(kind, 200, 0.1);
            case MNIST -> mnist();
            case CSV -> new DatasetSpec(kind, 0, 0.0, 0, null, null, false, 0.7, 0.15, 0.15,
                    Normalization.STANDARDIZE, 42);
        };
    }

    public DatasetSpec withKind(DatasetKind k) {
        return new DatasetSpec(k, samples, noise, classes, path, labelColumn, regression, trainRatio,
                validationRatio, testRatio, normalization, seed, knobs);
    }

    public DatasetSpec withSamples(int n) {
        return new DatasetSpec(kind, n, noise, classes, path, labelColumn, regression, trainRatio,
                validationRatio, testRatio, normalization, seed, knobs);
    }

    public DatasetSpec withNoise(double v) {
        return new DatasetSpec(kind, samples, v, classes, path, labelColumn, regression, trainRatio,
                validationRatio, testRatio, normalization, seed, knobs);
    }

    public DatasetSpec withClasses(int c) {
        return new DatasetSpec(kind, samples, noise, c, path, labelColumn, regression, trainRatio,
                validationRatio, testRatio, normalization, seed, knobs);
    }

    public DatasetSpec withPath(String p) {
        return new DatasetSpec(kind, samples, noise, classes, p, labelColumn, regression, trainRatio,
                validationRatio, testRatio, normalization, seed, knobs);
    }

    public DatasetSpec withLabelColumn(String column, boolean isRegression) {
        return new DatasetSpec(kind, samples, noise, classes, path, column, isRegression, trainRatio,
                validationRatio, testRatio, normalization, seed, knobs);
    }

    public DatasetSpec withRatios(double train, double validation, double test) {
        return new DatasetSpec(kind, samples, noise, classes, path, labelColumn, regression, train,
                validation, test, normalization, seed, knobs);
    }

    public DatasetSpec withNormalization(Normalization n) {
        return new DatasetSpec(kind, samples, noise, classes, path, labelColumn, regression, trainRatio,
                validationRatio, testRatio, n, seed, knobs);
    }

    public DatasetSpec withSeed(long s) {
        return new DatasetSpec(kind, samples, noise, classes, path, labelColumn, regression, trainRatio,
                validationRatio, testRatio, normalization, s, knobs);
    }

    public DatasetSpec withKnobs(DataKnobs k) {
        return new DatasetSpec(kind, samples, noise, classes, path, labelColumn, regression, trainRatio,
                validationRatio, testRatio, normalization, seed, k);
    }
}
