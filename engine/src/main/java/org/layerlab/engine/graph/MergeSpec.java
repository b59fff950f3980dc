package org.layerlab.engine.graph;

/** Joins two or more branches: concatenated side by side, or added element-wise (same sizes). */
public record MergeSpec(MergeMode mode) implements LayerSpec {

    @Override
    public LayerKind kind() {
        return LayerKind.MERGE;
    }

    @Override
    public String summary() {
        return "Merge · " + mode;
    }
}
