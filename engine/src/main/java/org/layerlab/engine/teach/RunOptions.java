package org.layerlab.engine.teach;

/**
 * What a run collects besides its metrics; each costs a little time.
 *
 * @param gradients   mean gradient norm per weight layer over the first epoch (the gradient-flow comparison)
 * @param activations activation and weight histograms per layer before and after training
 * @param surface     the final decision surface of 2-D classification data
 * @param effects     before/after matrices of every Dropout, noise and normalization layer after training, in
 *                    training and in inference mode
 */
public record RunOptions(boolean gradients, boolean activations, boolean surface, boolean effects) {

    /** Everything: what a comparison on screen shows. */
    public static RunOptions full() {
        return new RunOptions(true, true, true, true);
    }

    /** Metrics and final figures only: the fastest, for sweeps of many values and for checks. */
    public static RunOptions figuresOnly() {
        return new RunOptions(false, false, false, false);
    }

    /** What either asks for. */
    public RunOptions or(RunOptions other) {
        return new RunOptions(gradients || other.gradients, activations || other.activations,
                surface || other.surface, effects || other.effects);
    }
}
