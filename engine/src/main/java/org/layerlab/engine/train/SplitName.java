package org.layerlab.engine.train;

/** The three parts of a prepared dataset. */
public enum SplitName {
    TRAIN, VALIDATION, TEST
}
