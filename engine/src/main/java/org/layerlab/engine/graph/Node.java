package org.layerlab.engine.graph;

import java.util.Objects;

/** One node of the graph: a stable id ("dense_2"), its layer spec and its position on the canvas. */
public record Node(String id, LayerSpec spec, double x, double y) {

    public Node {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(spec, "spec");
    }

    public LayerKind kind() {
        return spec.kind();
    }

    public Node withSpec(LayerSpec newSpec) {
        return new Node(id, newSpec, x, y);
    }

    public Node movedTo(double newX, double newY) {
        return new Node(id, spec, newX, newY);
    }
}
