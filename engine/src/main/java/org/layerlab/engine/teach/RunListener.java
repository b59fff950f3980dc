package org.layerlab.engine.teach;

import org.layerlab.engine.train.DecisionSurface;
import org.layerlab.engine.train.EpochMetrics;

/**
 * Hears how a series of runs progresses. Called on the thread that runs them, so keep it quick (a UI
 * copies into a latest-value slot and returns). Runs are numbered 0..total-1 in the order they train.
 */
public interface RunListener {

    /** A listener that ignores everything. */
    RunListener NONE = new RunListener() {
    };

    /** Run {@code index} of {@code total}, named {@code name}, is about to train. */
    default void runStarted(int index, int total, String name) {
    }

    /** Run {@code index} finished an epoch. */
    default void epochDone(int index, String name, EpochMetrics metrics) {
    }

    /**
     * Run {@code index}'s decision surface after an epoch, when the run collects surfaces
     * ({@link RunOptions#surface()}) and the data is 2-D classification: boundaries side by side, live.
     */
    default void surfaceUpdated(int index, String name, DecisionSurface surface) {
    }

    /** Run {@code index} ended (finished, stopped early or diverged). */
    default void runFinished(int index, RunResult result) {
    }
}
