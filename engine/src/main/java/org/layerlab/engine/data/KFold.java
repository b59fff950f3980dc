package org.layerlab.engine.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * K-fold cross-validation: the examples are shuffled with a seed and dealt into k folds; fold i validates
 * on its own examples and trains on the other k - 1 folds, so every example is validated exactly once.
 * Classification sets are dealt class by class, so each fold keeps the class proportions. Iterated K-fold
 * repeats this P times with a new shuffle each time: P x k (train, validation) pairs.
 */
public final class KFold {

    public static final int MIN_FOLDS = 2;
    public static final int MAX_FOLDS = 20;
    public static final int MAX_REPETITIONS = 100;

    private KFold() {
    }

    /**
     * One (train, validation) pair.
     *
     * @param repetition 0-based round of iterated K-fold (always 0 for plain K-fold)
     * @param fold       0-based fold within the round
     * @param train      row indices of the training part, in shuffled order
     * @param validation row indices of the validation part
     */
    public record Fold(int repetition, int fold, int[] train, int[] validation) {

        /** The two parts as datasets. */
        public Dataset trainOf(Dataset data) {
            return data.subset(train);
        }

        public Dataset validationOf(Dataset data) {
            return data.subset(validation);
        }
    }

    /** Plain K-fold: k pairs. */
    public static List<Fold> folds(Dataset data, int k, long seed) {
        return iterated(data, k, 1, seed);
    }

    /**
     * Iterated K-fold: {@code repetitions x k} pairs, round by round, each round a different shuffle of the same
     * seeded sequence.
     *
     * @throws IllegalArgumentException when k is not 2..20 or above the number of examples, or repetitions is
     *                                  not 1..100
     */
    public static List<Fold> iterated(Dataset data, int k, int repetitions, long seed) {
        if (k < MIN_FOLDS || k > MAX_FOLDS) {
            throw new IllegalArgumentException("folds must be " + MIN_FOLDS + ".." + MAX_FOLDS + ", found " + k);
        }
        if (k > data.size()) {
            throw new IllegalArgumentException(k + " folds need at least " + k + " examples, found " + data.size());
        }
        if (repetitions < 1 || repetitions > MAX_REPETITIONS) {
            throw new IllegalArgumentException("repetitions must be 1.." + MAX_REPETITIONS + ", found " + repetitions);
        }
        Random random = new Random(seed);
        List<Fold> folds = new ArrayList<>(k * repetitions);
        for (int round = 0; round < repetitions; round++) {
            int[] foldOf = deal(data, k, random);
            for (int f = 0; f < k; f++) {
                folds.add(pair(foldOf, f, round, random));
            }
        }
        return folds;
    }

    /** Which fold each example falls in: classes one after another, dealt round-robin like cards. */
    private static int[] deal(Dataset data, int k, Random random) {
        int[] foldOf = new int[data.size()];
        int position = random.nextInt(k);
        for (int[] group : Splits.groups(data, random)) {
            for (int row : group) {
                foldOf[row] = position % k;
                position++;
            }
        }
        return foldOf;
    }

    private static Fold pair(int[] foldOf, int f, int round, Random random) {
        int inFold = 0;
        for (int of : foldOf) {
            if (of == f) {
                inFold++;
            }
        }
        int[] validation = new int[inFold];
        int[] train = new int[foldOf.length - inFold];
        int v = 0;
        int t = 0;
        for (int row = 0; row < foldOf.length; row++) {
            if (foldOf[row] == f) {
                validation[v++] = row;
            } else {
                train[t++] = row;
            }
        }
        Splits.shuffle(train, random);
        Splits.shuffle(validation, random);
        return new Fold(round, f, train, validation);
    }
}
