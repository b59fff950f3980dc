package org.layerlab.engine.graph;

/** The network's input: one value per feature (2 for the 2-D toy sets, 784 for MNIST). */
public record InputSpec(int features) implements LayerSpec {

    @Override
    public LayerKind kind() {
        return LayerKind.INPUT;
    }

    @Override
    public String summary() {
        return "Input " + features;
    }

    public InputSpec withFeatures(int newFeatures) {
        return new InputSpec(newFeatures);
    }
}
