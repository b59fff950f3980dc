package org.layerlab.engine.train;

/** The message shown when the loss stops being a finite number: where it happened, with which settings, and what to do. */
final class Divergence {

    private static final String ADVICE =
            ": the updates overshoot and the weights blow up. Lower the learning rate, then Reset.";

    private Divergence() {
    }

    /** "Loss became NaN at epoch 3, batch 12 (learning rate 10 with sgd): ..." (1-based epoch and batch). */
    static String atBatch(double loss, int epoch, int batch, double learningRate, Optimizer optimizer) {
        return "Loss became " + what(loss) + " at epoch " + epoch + ", batch " + batch + settings(learningRate, optimizer)
                + ADVICE;
    }

    /** The same for the training loss measured at the end of an epoch. */
    static String atEpochEnd(double loss, int epoch, double learningRate, Optimizer optimizer) {
        return "Training loss became " + what(loss) + " at the end of epoch " + epoch
                + settings(learningRate, optimizer) + ADVICE;
    }

    private static String what(double loss) {
        return Double.isNaN(loss) ? "NaN" : "infinite";
    }

    private static String settings(double learningRate, Optimizer optimizer) {
        return " (learning rate " + Figures.loss(learningRate) + " with " + optimizer.key() + ")";
    }
}
