package org.layerlab.engine.graph;

/**
 * Layer normalization: normalises each sample across the units of the Dense layer right before it
 * (on that layer's summed inputs, before its activation, as in Ba et al. 2016 and DL4J), with a
 * learned gain per unit.
 */
public record LayerNormSpec() implements LayerSpec {

    @Override
    public LayerKind kind() {
        return LayerKind.LAYER_NORM;
    }

    @Override
    public String summary() {
        return "LayerNorm";
    }
}
