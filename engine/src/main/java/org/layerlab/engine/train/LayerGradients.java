package org.layerlab.engine.train;

/**
 * How strongly one layer learns: the L2 norm of its weight gradient, and the ratio of the update's
 * norm to the weights' norm (healthy is about 1e-3).
 */
public record LayerGradients(String nodeId, double gradientNorm, double updateRatio) {
}
