package org.layerlab.engine.graph;

/**
 * What one node produces and holds: values per example leaving it, and its parameter counts
 * (trainable ones are changed by the optimizer; the rest, like BatchNorm's moving averages, are not).
 */
public record NodeShape(int outputSize, long parameters, long trainableParameters) {

    public NodeShape {
        if (outputSize < 1) {
            throw new IllegalArgumentException("output size must be at least 1, found " + outputSize);
        }
        if (parameters < 0 || trainableParameters < 0 || trainableParameters > parameters) {
            throw new IllegalArgumentException("parameters must be 0 or more with trainable ones among them, found "
                    + parameters + " of which " + trainableParameters + " trainable");
        }
    }

    /** A node that passes its input's size through and holds no parameters. */
    static NodeShape passThrough(int size) {
        return new NodeShape(size, 0, 0);
    }

    public long nonTrainableParameters() {
        return parameters - trainableParameters;
    }
}
