package org.layerlab.app.training;

/**
 * The speed slider's scale: positions 0..4 are 10^position minibatches per second (1, 10, 100, 1000,
 * log scale so slow motion gets as much travel as fast), and the top position is full speed.
 */
public final class Speed {

    public static final double SLOWEST = 0;
    public static final double FULL = 4;

    private Speed() {
    }

    /** Minibatches per second for a slider position; 0 means no limit (what {@code TrainingRun.setSpeed} takes). */
    public static double batchesPerSecond(double position) {
        if (position >= FULL - 1e-9) {
            return 0;
        }
        return Math.pow(10, Math.max(SLOWEST, position));
    }

    /** "1 batch/s", "32 batches/s", "full speed". */
    public static String label(double position) {
        double bps = batchesPerSecond(position);
        if (bps <= 0) {
            return "full speed";
        }
        long rounded = Math.round(bps);
        return rounded + (rounded == 1 ? " batch/s" : " batches/s");
    }
}
