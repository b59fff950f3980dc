package org.layerlab.engine.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * From a {@link DatasetSpec} to {@link PreparedData}: checks the settings, generates or loads the examples,
 * splits them with the spec's seed, and fits the scaler on the training split only. MNIST is special: the
 * training file is split into train and validation (the train and validation ratios, renormalised) and the
 * test split is the separate t10k file.
 */
public final class DataPipeline {

    public static final int MIN_SAMPLES = 10;
    public static final int MAX_SAMPLES = 100_000;
    public static final double MAX_NOISE = 5.0;

    private DataPipeline() {
    }

    /**
     * Generates or loads the data, splits it and fits the scaler on the training split.
     *
     * @throws DataException with every problem of the settings, or the loader's message
     */
    public static PreparedData prepare(DatasetSpec spec) throws DataException {
        check(spec);
        if (spec.kind() == DatasetKind.MNIST) {
            Path folder = mnistFolder(spec);
            Dataset all = limit(MnistIdx.loadTrain(folder), spec.samples());
            Dataset test = MnistIdx.loadTest(folder);
            double share = spec.trainRatio() + spec.validationRatio();
            Splits.Split split = Splits.holdout(all, spec.trainRatio() / share, spec.validationRatio() / share, 0,
                    spec.seed());
            return prepared(spec, split.train(), split.validation(), test);
        }
        Dataset all = loadRaw(spec);
        Splits.Split split = Splits.holdout(all, spec.trainRatio(), spec.validationRatio(), spec.testRatio(),
                spec.seed());
        return prepared(spec, split.train(), split.validation(), split.test());
    }

    /**
     * The whole dataset before splitting: every generated point, the CSV file, or the MNIST training digits
     * (limited to {@code samples}), with the knobs' feature scale applied; for previews.
     */
    public static Dataset load(DatasetSpec spec) throws DataException {
        return KnobsApplier.scaled(loadRaw(spec), spec.knobs());
    }

    private static Dataset loadRaw(DatasetSpec spec) throws DataException {
        check(spec);
        return switch (spec.kind()) {
            case MNIST -> limit(MnistIdx.loadTrain(mnistFolder(spec)), spec.samples());
            case CSV -> CsvLoader.load(csvFile(spec), spec.labelColumn(), spec.regression());
            default -> DatasetGenerator.forKind(spec.kind(), spec.classes())
                    .generate(spec.samples(), spec.noise(), spec.seed());
        };
    }

    /**
     * Cross-validation sets: the test split is held out first (the t10k file for MNIST), then the rest is cut
     * into {@code k} folds, {@code repetitions} times; each element trains on k - 1 folds, validates on the
     * remaining one, and has its own scaler fitted on its training part. The knobs apply to each element as
     * in {@link #prepare}: the training part alone gets the training size, label noise and augmentation.
     */
    public static List<PreparedData> crossValidation(DatasetSpec spec, int k, int repetitions) throws DataException {
        check(spec);
        Dataset pool;
        Dataset test;
        if (spec.kind() == DatasetKind.MNIST) {
            Path folder = mnistFolder(spec);
            pool = limit(MnistIdx.loadTrain(folder), spec.samples());
            test = MnistIdx.loadTest(folder);
        } else {
            Splits.Split split = Splits.holdout(loadRaw(spec), spec.trainRatio() + spec.validationRatio(), 0,
                    spec.testRatio(), spec.seed());
            pool = split.train();
            test = split.test();
        }
        List<KFold.Fold> folds;
        try {
            folds = KFold.iterated(pool, k, repetitions, spec.seed());
        } catch (IllegalArgumentException e) {
            throw new DataException(e.getMessage());
        }
        List<PreparedData> sets = new ArrayList<>(folds.size());
        for (KFold.Fold fold : folds) {
            sets.add(prepared(spec, fold.trainOf(pool), fold.validationOf(pool), test));
        }
        return sets;
    }

    /**
     * The data of the final model after cross-validation: every non-test example (the pool
     * {@link #crossValidation} cuts into folds) as the training split, no validation split, and the same
     * test split; the knobs apply to the training split and the scaler is fitted on it.
     */
    public static PreparedData allNonTest(DatasetSpec spec) throws DataException {
        check(spec);
        if (spec.kind() == DatasetKind.MNIST) {
            Path folder = mnistFolder(spec);
            Dataset pool = limit(MnistIdx.loadTrain(folder), spec.samples());
            return prepared(spec, pool, pool.subset(new int[0]), MnistIdx.loadTest(folder));
        }
        Splits.Split split = Splits.holdout(loadRaw(spec), spec.trainRatio() + spec.validationRatio(), 0,
                spec.testRatio(), spec.seed());
        return prepared(spec, split.train(), split.validation(), split.test());
    }

    /** Every problem with the settings that can be seen without reading a file; empty when they are fine. */
    public static List<String> problems(DatasetSpec spec) {
        List<String> problems = new ArrayList<>();
        if (spec == null) {
            return List.of("the dataset settings are missing");
        }
        if (spec.kind() == null) {
            return List.of("the dataset kind is missing; expected one of: "
                    + String.join(", ", Arrays.stream(DatasetKind.values()).map(DatasetKind::key).toList()));
        }
        if (spec.kind().isGenerated()) {
            if (spec.samples() < MIN_SAMPLES || spec.samples() > MAX_SAMPLES) {
                problems.add("samples must be " + MIN_SAMPLES + ".." + MAX_SAMPLES + ", found " + spec.samples());
            }
            if (!(spec.noise() >= 0 && spec.noise() <= MAX_NOISE)) {
                problems.add("noise must be 0.." + (int) MAX_NOISE + ", found " + spec.noise());
            }
        }
        if (spec.kind() == DatasetKind.BLOBS
                && (spec.classes() < BlobsGenerator.MIN_CLASSES || spec.classes() > BlobsGenerator.MAX_CLASSES)) {
            problems.add("blobs needs " + BlobsGenerator.MIN_CLASSES + ".." + BlobsGenerator.MAX_CLASSES
                    + " classes, found " + spec.classes());
        }
        if (spec.kind() == DatasetKind.MNIST && (spec.samples() < 0 || (spec.samples() > 0 && spec.samples() < MIN_SAMPLES))) {
            problems.add("samples must be 0 (all digits) or at least " + MIN_SAMPLES + ", found " + spec.samples());
        }
        if (spec.kind() == DatasetKind.CSV && (spec.path() == null || spec.path().isBlank())) {
            problems.add("CSV path is missing: choose a CSV file");
        }
        String ratios = Splits.ratioProblem(spec.trainRatio(), spec.validationRatio(), spec.testRatio());
        if (ratios != null) {
            problems.add(ratios);
        }
        if (spec.kind() != null && spec.knobs() != null) {
            boolean regression = spec.kind() == DatasetKind.REGRESSION
                    || (spec.kind() == DatasetKind.CSV && spec.regression());
            problems.addAll(spec.knobs().problems(spec.kind(), regression));
        }
        if (spec.normalization() == null) {
            problems.add("normalization is missing; expected one of: "
                    + String.join(", ", Arrays.stream(Normalization.values()).map(Normalization::key).toList()));
        }
        return problems;
    }

    /**
     * A user's path: absolute as it is; relative against the working directory, or else inside the
     * sample-data folder when it exists there (so projects can name {@code csv/two-scales.csv}).
     */
    public static Path resolvePath(String path) {
        Path given = Paths.get(path.strip());
        if (given.isAbsolute()) {
            return given.normalize();
        }
        Path fromWorkingDir = given.toAbsolutePath().normalize();
        if (Files.exists(fromWorkingDir)) {
            return fromWorkingDir;
        }
        Optional<Path> inSampleData = SampleData.find().map(root -> root.resolve(given).normalize());
        return inSampleData.filter(Files::exists).orElse(fromWorkingDir);
    }

    private static void check(DatasetSpec spec) throws DataException {
        List<String> problems = problems(spec);
        if (!problems.isEmpty()) {
            throw new DataException(String.join("\n", problems));
        }
    }

    /** Applies the knobs to the split data, then fits the scaler on the training split as it ends up. */
    private static PreparedData prepared(DatasetSpec spec, Dataset train, Dataset validation, Dataset test)
            throws DataException {
        DataKnobs knobs = spec.knobs();
        Dataset scaledTrain = KnobsApplier.training(KnobsApplier.scaled(train, knobs), knobs, spec.seed());
        return new PreparedData(spec, scaledTrain, KnobsApplier.scaled(validation, knobs),
                KnobsApplier.scaled(test, knobs), FeatureScalers.fit(spec.normalization(), scaledTrain));
    }

    /** The first {@code samples} digits (0 = all); the files are already shuffled. */
    private static Dataset limit(Dataset digits, int samples) throws DataException {
        if (samples == 0) {
            return digits;
        }
        if (samples > digits.size()) {
            throw new DataException("samples must be 0 (all digits) or " + MIN_SAMPLES + ".." + digits.size()
                    + " for this MNIST training file, found " + samples);
        }
        int[] first = new int[samples];
        Arrays.setAll(first, i -> i);
        return digits.subset(first);
    }

    private static Path mnistFolder(DatasetSpec spec) throws DataException {
        Path folder;
        if (spec.path() == null || spec.path().isBlank()) {
            try {
                folder = SampleData.mnist();
            } catch (IllegalStateException e) {
                throw new DataException("the bundled MNIST digits are in sample-data/mnist, but " + e.getMessage(), e);
            }
        } else {
            folder = resolvePath(spec.path());
        }
        if (!Files.isDirectory(folder)) {
            throw new DataException("MNIST files not found in " + folder + ": the folder does not exist");
        }
        MnistIdx.checkFolder(folder);
        return folder;
    }

    private static Path csvFile(DatasetSpec spec) throws DataException {
        Path file = resolvePath(spec.path());
        if (!Files.exists(file)) {
            throw new DataException("CSV file not found: " + spec.path()
                    + (file.toString().equals(spec.path()) ? "" : " (looked for " + file + ")"));
        }
        return file;
    }
}
