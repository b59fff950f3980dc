package org.layerlab.engine.train;

import java.util.function.Supplier;

/**
 * Applies an {@link EarlyStopping} rule epoch by epoch: remembers the best monitored loss, the epoch
 * it came from and (with restore-best) a copy of that epoch's parameters.
 */
final class EarlyStopper {

    private final EarlyStopping rule;
    private final String monitored;
    private double bestLoss = Double.POSITIVE_INFINITY;
    private int bestEpoch;
    private float[] bestParameters;

    /**
     * @param rule          the early-stopping settings
     * @param onValidation  true to watch the validation loss, false to fall back on the training loss
     */
    EarlyStopper(EarlyStopping rule, boolean onValidation) {
        if (rule.enabled() && rule.patience() < 1) {
            throw new IllegalArgumentException("early-stopping patience must be at least 1 epoch, found "
                    + rule.patience());
        }
        this.rule = rule;
        this.monitored = onValidation ? "validation loss" : "training loss";
    }

    boolean enabled() {
        return rule.enabled();
    }

    /**
     * Takes the monitored loss of a finished epoch (1-based); returns true when the run should stop
     * because the loss has not improved for {@code patience} epochs. {@code parameters} is called
     * only when a copy is needed.
     */
    boolean observe(int epoch, double loss, Supplier<float[]> parameters) {
        if (!rule.enabled()) {
            return false;
        }
        if (loss < bestLoss) {
            bestLoss = loss;
            bestEpoch = epoch;
            if (rule.restoreBest()) {
                bestParameters = parameters.get();
            }
            return false;
        }
        return bestEpoch > 0 && epoch - bestEpoch >= rule.patience();
    }

    /**
     * After epoch {@code finished} (1-based) with the monitored {@code loss}: null to train on, or
     * the message that ends the run, early or at the {@code budget}. With restore-best, the best
     * epoch's parameters are put back into {@code model} before returning.
     */
    String afterEpoch(int finished, double loss, int budget, TrainableModel model) {
        boolean stopEarly = observe(finished, loss, model::copyParameters);
        if (!stopEarly && finished < budget) {
            return null;
        }
        float[] best = parametersToRestore(finished);
        if (best != null) {
            model.restoreParameters(best);
        }
        if (stopEarly) {
            return "Stopped early at epoch " + finished + ": " + monitored + " has not improved for "
                    + rule.patience() + " epochs since epoch " + bestEpoch + " (" + Figures.loss(bestLoss) + ")"
                    + (best != null ? "; restored the weights of epoch " + bestEpoch + "." : ".");
        }
        return "Finished " + finished + (finished == 1 ? " epoch." : " epochs.")
                + (best == null ? "" : " Restored the weights of epoch " + bestEpoch + ", the best " + monitored
                + " (" + Figures.loss(bestLoss) + ").");
    }

    /** The parameters to put back, or null when there is nothing to restore after {@code lastEpoch}. */
    private float[] parametersToRestore(int lastEpoch) {
        return rule.enabled() && rule.restoreBest() && bestEpoch > 0 && bestEpoch != lastEpoch
                ? bestParameters : null;
    }

    int bestEpoch() {
        return bestEpoch;
    }

    double bestLoss() {
        return bestLoss;
    }
}
