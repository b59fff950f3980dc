package org.layerlab.engine.graph;

/** Applies an activation function on its own, element-wise. */
public record ActivationSpec(Activation activation) implements LayerSpec {

    @Override
    public LayerKind kind() {
        return LayerKind.ACTIVATION;
    }

    @Override
    public String summary() {
        return "Activation · " + activation;
    }
}
