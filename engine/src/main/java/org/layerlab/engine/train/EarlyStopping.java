package org.layerlab.engine.train;

/**
 * Stop when the validation loss has not improved for {@code patience} epochs; with
 * {@code restoreBest}, put back the weights of the best epoch (Keras {@code restore_best_weights}).
 */
public record EarlyStopping(boolean enabled, int patience, boolean restoreBest) {

    public static EarlyStopping off() {
        return new EarlyStopping(false, 10, true);
    }

    public static EarlyStopping patience(int patience) {
        return new EarlyStopping(true, patience, true);
    }
}
