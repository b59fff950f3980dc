package org.layerlab.engine.teach;

/**
 * One value of a sweep, trained.
 *
 * @param value the hyperparameter's value
 * @param label how it reads in a legend ("λ (L2) = 0.04")
 * @param run   the run, with its full series
 */
public record SweepPoint(double value, String label, RunResult run) {

    /** Validation loss at the last epoch (NaN when the run diverged before finishing one). */
    public double finalValidationLoss() {
        return run.last().map(m -> m.validationLoss()).orElse(Double.NaN);
    }

    public double finalValidationAccuracy() {
        return run.last().map(m -> m.validationAccuracy()).orElse(Double.NaN);
    }

    public double finalTrainLoss() {
        return run.last().map(m -> m.trainLoss()).orElse(Double.NaN);
    }

    public double finalTrainAccuracy() {
        return run.last().map(m -> m.trainAccuracy()).orElse(Double.NaN);
    }

    /** Lowest validation loss of any epoch. */
    public double bestValidationLoss() {
        return run.bestValidationLoss();
    }

    /** Highest validation accuracy of any epoch. */
    public double bestValidationAccuracy() {
        return run.bestValidationAccuracy();
    }
}
