package org.layerlab.engine.graph;

/** One thing wrong with a graph, attached to the node it concerns ({@code nodeId} null for the whole graph). */
public record Problem(String nodeId, String message) {

    @Override
    public String toString() {
        return nodeId == null ? message : nodeId + ": " + message;
    }
}
