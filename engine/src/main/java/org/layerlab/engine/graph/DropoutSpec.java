package org.layerlab.engine.graph;

/**
 * Dropout with Keras' meaning: {@code rate} is the fraction of units DROPPED in training (DL4J's
 * own {@code p} is the fraction kept; the compiler converts). Kept units are scaled by 1/(1-rate).
 */
public record DropoutSpec(double rate) implements LayerSpec {

    @Override
    public LayerKind kind() {
        return LayerKind.DROPOUT;
    }

    @Override
    public String summary() {
        return "Dropout " + Format.decimal(rate);
    }

    @Override
    public boolean isTrainingOnly() {
        return true;
    }
}
