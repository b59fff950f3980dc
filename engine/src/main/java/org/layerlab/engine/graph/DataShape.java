package org.layerlab.engine.graph;

/**
 * What the data asks of the graph: its name for messages, features per example, and classes
 * (0 for regression, where the target is one number).
 */
public record DataShape(String datasetName, int features, int classes) {

    public boolean isRegression() {
        return classes == 0;
    }
}
