package org.layerlab.engine.teach;

/**
 * Early stopping's bookkeeping, epoch by epoch, with the rule {@code TrainingRun} applies: an epoch
 * improves when its monitored loss is strictly below the best so far; the run stops once
 * {@code patience} epochs have passed since the best one.
 */
final class PatienceCounter {

    private final int patience;
    private double bestLoss = Double.POSITIVE_INFINITY;
    private int bestEpoch;
    private int lastEpoch;

    PatienceCounter(int patience) {
        this.patience = patience;
    }

    /** Takes epoch {@code epoch}'s (1-based) monitored loss; true when it is the best so far. */
    boolean observe(int epoch, double loss) {
        lastEpoch = epoch;
        if (loss < bestLoss) {
            bestLoss = loss;
            bestEpoch = epoch;
            return true;
        }
        return false;
    }

    /** Epochs since the best one (0 right after an improvement). */
    int epochsWithoutImprovement() {
        return bestEpoch == 0 ? lastEpoch : lastEpoch - bestEpoch;
    }

    /** True when the rule ends the run after the last observed epoch. */
    boolean shouldStop() {
        return bestEpoch > 0 && lastEpoch - bestEpoch >= patience;
    }

    int bestEpoch() {
        return bestEpoch;
    }

    double bestLoss() {
        return bestLoss;
    }

    /** The loss early stopping watches: validation when there is a validation split, else training. */
    static double monitored(double trainLoss, double validationLoss, boolean hasValidation) {
        return hasValidation ? validationLoss : trainLoss;
    }
}
