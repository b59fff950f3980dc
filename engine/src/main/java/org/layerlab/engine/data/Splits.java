package org.layerlab.engine.data;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Holdout splits into train / validation / test by ratio, shuffled with a seed. Classification sets are
 * stratified: each class is split on its own, so every part keeps the class proportions, and a class with at
 * least one example per non-empty part appears in each of them even when the part is small.
 */
public final class Splits {

    /** How far the three ratios may add up from 1. */
    public static final double RATIO_TOLERANCE = 1e-6;

    private Splits() {
    }

    /** The row indices of each part, each in shuffled order. */
    public record Indices(int[] train, int[] validation, int[] test) {
    }

    /** The three parts as datasets (validation or test may be empty). */
    public record Split(Dataset train, Dataset validation, Dataset test) {
    }

    /** Splits {@code data} by the three ratios (they must add up to 1). */
    public static Split holdout(Dataset data, double train, double validation, double test, long seed) {
        Indices idx = indices(data, train, validation, test, seed);
        return new Split(data.subset(idx.train()), data.subset(idx.validation()), data.subset(idx.test()));
    }

    /**
     * The row indices of a holdout split. The validation and test sizes are {@code round(n * ratio)}; train
     * takes the rest and is never empty.
     *
     * @throws IllegalArgumentException when the ratios are not valid (see {@link #ratioProblem})
     */
    public static Indices indices(Dataset data, double train, double validation, double test, long seed) {
        String problem = ratioProblem(train, validation, test);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        Random random = new Random(seed);
        int n = data.size();
        int[][] groups = groups(data, random);
        int[] sizes = new int[groups.length];
        for (int g = 0; g < groups.length; g++) {
            sizes[g] = groups[g].length;
        }
        int[] val = allocate(sizes, validation, (int) Math.round(n * validation));
        int[] tst = allocate(sizes, test, (int) Math.round(n * test));
        List<Integer> trainRows = new ArrayList<>();
        List<Integer> valRows = new ArrayList<>();
        List<Integer> testRows = new ArrayList<>();
        for (int g = 0; g < groups.length; g++) {
            int size = sizes[g];
            int parts = 1 + (validation > 0 ? 1 : 0) + (test > 0 ? 1 : 0);
            // Small parts keep every class: one example each, when the class has enough to go round.
            if (size >= parts) {
                if (validation > 0 && val[g] == 0) {
                    val[g] = 1;
                }
                if (test > 0 && tst[g] == 0) {
                    tst[g] = 1;
                }
            }
            // Train never goes empty: give back from the larger of validation and test.
            while (size - val[g] - tst[g] < Math.min(1, size)) {
                if (val[g] >= tst[g]) {
                    val[g]--;
                } else {
                    tst[g]--;
                }
            }
            int[] rows = groups[g];
            int k = 0;
            for (int i = 0; i < val[g]; i++) {
                valRows.add(rows[k++]);
            }
            for (int i = 0; i < tst[g]; i++) {
                testRows.add(rows[k++]);
            }
            while (k < size) {
                trainRows.add(rows[k++]);
            }
        }
        return new Indices(shuffled(trainRows, random), shuffled(valRows, random), shuffled(testRows, random));
    }

    /**
     * What is wrong with these ratios, or null: each must be in [0, 1], train above 0, and the three must add
     * up to 1 (within {@value #RATIO_TOLERANCE}).
     */
    public static String ratioProblem(double train, double validation, double test) {
        String[] names = {"train", "validation", "test"};
        double[] ratios = {train, validation, test};
        for (int i = 0; i < 3; i++) {
            if (!(ratios[i] >= 0 && ratios[i] <= 1)) {
                return names[i] + " ratio must be 0..1, found " + format(ratios[i]);
            }
        }
        if (train <= 0) {
            return "train ratio must be above 0, found " + format(train);
        }
        double sum = train + validation + test;
        if (Math.abs(sum - 1) > RATIO_TOLERANCE) {
            return "ratios must add up to 1, found " + format(train) + " + " + format(validation) + " + "
                    + format(test) + " = " + format(sum);
        }
        return null;
    }

    /** A ratio as a person would write it: 6 significant digits, no trailing zeros (0.7 + 0.2 + 0.2 = 1.1). */
    static String format(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /**
     * The rows of each class, each group shuffled (classification), or all rows shuffled as one group
     * (regression).
     */
    static int[][] groups(Dataset data, Random random) {
        int n = data.size();
        if (!data.isClassification()) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            shuffle(all, random);
            return new int[][] {all};
        }
        int classes = data.classCount();
        int[] counts = new int[classes];
        for (int label : data.labels()) {
            counts[label]++;
        }
        int[][] groups = new int[classes][];
        for (int c = 0; c < classes; c++) {
            groups[c] = new int[counts[c]];
        }
        int[] fill = new int[classes];
        for (int i = 0; i < n; i++) {
            int c = data.labels()[i];
            groups[c][fill[c]++] = i;
        }
        for (int[] group : groups) {
            shuffle(group, random);
        }
        return groups;
    }

    /**
     * Shares {@code total} among groups in proportion to their sizes (largest remainder), never more than a
     * group has.
     */
    private static int[] allocate(int[] sizes, double ratio, int total) {
        int[] share = new int[sizes.length];
        double[] remainder = new double[sizes.length];
        int given = 0;
        for (int g = 0; g < sizes.length; g++) {
            double exact = sizes[g] * ratio;
            share[g] = (int) Math.floor(exact);
            remainder[g] = exact - share[g];
            given += share[g];
        }
        while (given < total) {
            int best = -1;
            for (int g = 0; g < sizes.length; g++) {
                if (share[g] < sizes[g] && (best < 0 || remainder[g] > remainder[best])) {
                    best = g;
                }
            }
            if (best < 0) {
                break;
            }
            share[best]++;
            remainder[best] = -1;
            given++;
        }
        return share;
    }

    static void shuffle(int[] a, Random random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static int[] shuffled(List<Integer> rows, Random random) {
        int[] a = rows.stream().mapToInt(Integer::intValue).toArray();
        shuffle(a, random);
        return a;
    }
}
