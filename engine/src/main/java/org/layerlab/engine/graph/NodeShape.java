package org.layerlab.engine.graph;

/** What one node produces and holds: values per example it outputs, and its parameter counts. */
public record NodeShape(int outputSize, long parameters, long trainableParameters) {
}
