package org.layerlab.engine.graph;

/** Dropout for SELU networks that keeps mean and variance; {@code rate} is the fraction dropped (Keras meaning). */
public record AlphaDropoutSpec(double rate) implements LayerSpec {

    @Override
    public LayerKind kind() {
        return LayerKind.ALPHA_DROPOUT;
    }

    @Override
    public String summary() {
        return "AlphaDropout " + Format.decimal(rate);
    }

    @Override
    public boolean isTrainingOnly() {
        return true;
    }
}
