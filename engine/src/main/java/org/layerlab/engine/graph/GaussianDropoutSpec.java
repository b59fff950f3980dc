package org.layerlab.engine.graph;

/** Multiplies its input by Gaussian noise of mean 1 and variance rate/(1-rate) (Keras meaning), in training only. */
public record GaussianDropoutSpec(double rate) implements LayerSpec {

    @Override
    public LayerKind kind() {
        return LayerKind.GAUSSIAN_DROPOUT;
    }

    @Override
    public String summary() {
        return "GaussianDropout " + Format.decimal(rate);
    }

    @Override
    public boolean isTrainingOnly() {
        return true;
    }
}
