package org.layerlab.engine.graph;

/**
 * Batch normalization: each unit is normalised with the minibatch mean and variance in training and
 * with moving averages at inference. {@code momentum} is Keras' moving-average momentum (0.99).
 */
public record BatchNormSpec(double momentum, double epsilon) implements LayerSpec {

    /** Keras' defaults: momentum 0.99, epsilon 0.001. */
    public static BatchNormSpec defaults() {
        return new BatchNormSpec(0.99, 0.001);
    }

    @Override
    public LayerKind kind() {
        return LayerKind.BATCH_NORM;
    }

    @Override
    public String summary() {
        return "BatchNorm";
    }
}
