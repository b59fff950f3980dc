package org.layerlab.engine.graph;

/** Adds zero-mean Gaussian noise with standard deviation {@code stddev} to its input, in training only. */
public record GaussianNoiseSpec(double stddev) implements LayerSpec {

    @Override
    public LayerKind kind() {
        return LayerKind.GAUSSIAN_NOISE;
    }

    @Override
    public String summary() {
        return "GaussianNoise σ " + Format.decimal(stddev);
    }

    @Override
    public boolean isTrainingOnly() {
        return true;
    }
}
