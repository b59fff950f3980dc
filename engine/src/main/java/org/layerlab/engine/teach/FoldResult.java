package org.layerlab.engine.teach;

/**
 * One model of a cross-validation: which round and fold it validated on, and how it trained.
 *
 * @param repetition 0-based round (iterated K-fold), 0 otherwise
 * @param fold       0-based fold, 0 for holdout
 * @param run        the run; its validation figures are this fold's score
 */
public record FoldResult(int repetition, int fold, RunResult run) {

    /** Validation loss at the last epoch (early stopping's restored weights are in {@code run.validation()}). */
    public double validationLoss() {
        return run.validation().loss();
    }

    public double validationAccuracy() {
        return run.validation().accuracy();
    }
}
