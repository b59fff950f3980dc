package org.layerlab.engine.graph;

import java.util.Objects;

/** A connection from one node's output to another node's input. */
public record Edge(String from, String to) {

    public Edge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
