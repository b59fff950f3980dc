package org.layerlab.engine.train;

/**
 * What the status bar shows: the state, how far the run is, and its speed.
 *
 * @param state            where the run is
 * @param epoch            epochs finished
 * @param epochBudget      epochs the run will do at most
 * @param batch            minibatches done in the current epoch
 * @param batchesPerEpoch  minibatches in one epoch
 * @param iteration        minibatches fitted in all
 * @param elapsedMillis    training time, pauses excluded
 * @param samplesPerSecond recent training throughput
 * @param message          why the run paused or ended (NaN loss, early stopping, an error), or ""
 * @param last             the last epoch's metrics, or null before the first epoch ends
 */
public record RunStatus(RunState state, int epoch, int epochBudget, int batch, int batchesPerEpoch, long iteration,
                        long elapsedMillis, double samplesPerSecond, String message, EpochMetrics last) {

    public static RunStatus ready(int epochBudget, int batchesPerEpoch) {
        return new RunStatus(RunState.READY, 0, epochBudget, 0, batchesPerEpoch, 0, 0, 0, "", null);
    }
}
