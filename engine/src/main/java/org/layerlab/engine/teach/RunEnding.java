package org.layerlab.engine.teach;

/** How a run ended. */
public enum RunEnding {
    /** It trained every epoch of its budget. */
    FINISHED,
    /** Early stopping ended it: the monitored loss stopped improving for {@code patience} epochs. */
    STOPPED_EARLY,
    /** The loss became NaN or infinite: the learning rate is too high for this network. */
    DIVERGED
}
