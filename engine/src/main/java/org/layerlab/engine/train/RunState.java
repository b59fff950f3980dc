package org.layerlab.engine.train;

/** Where a training run is in its life. */
public enum RunState {
    /** Prepared, not started. */
    READY,
    RUNNING,
    /** Paused by the user, by a step finishing, or by a diverging loss (see the status message). */
    PAUSED,
    /** Reached the epoch budget or stopped early; the model can be exported. */
    FINISHED,
    /** Stopped by the user; the model as it was can still be exported. */
    STOPPED,
    /** Failed with an error (see the status message). */
    FAILED;

    public boolean isOver() {
        return this == FINISHED || this == STOPPED || this == FAILED;
    }
}
