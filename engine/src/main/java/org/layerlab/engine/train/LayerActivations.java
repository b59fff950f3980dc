package org.layerlab.engine.train;

/**
 * One layer's output on the fixed probe batch (inference mode), and its weights.
 *
 * @param nodeId       the graph node
 * @param activations  distribution of the layer's output values
 * @param mean         mean of the output values
 * @param std          standard deviation of the output values
 * @param fractionZero share of exactly-zero outputs (dead ReLUs)
 * @param weights      distribution of the layer's weights, or null for layers without weights
 */
public record LayerActivations(String nodeId, Histogram activations, double mean, double std, double fractionZero,
                               Histogram weights) {
}
