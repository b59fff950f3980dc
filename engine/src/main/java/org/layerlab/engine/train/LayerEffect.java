package org.layerlab.engine.train;

import org.layerlab.engine.graph.LayerKind;

/**
 * What a Dropout, noise or normalization layer does to a small batch: its input ({@code before},
 * samples x units), the mask or noise it drew, and its output ({@code after}), computed by the real
 * DL4J layer in training mode. For Dropout, {@code after == before * mask} with mask values in
 * {0, 1/(1-rate)}; for GaussianNoise the "mask" is the added noise; normalization layers have no mask.
 *
 * @param nodeId   the graph node
 * @param kind     the layer kind
 * @param training true when computed in training mode (inference leaves dropout and noise inactive)
 * @param before   the layer's input
 * @param mask     the mask (Dropout, GaussianDropout, AlphaDropout) or noise (GaussianNoise), or null
 * @param after    the layer's output
 * @param note     one sentence on how to read it
 */
public record LayerEffect(String nodeId, LayerKind kind, boolean training, double[][] before, double[][] mask,
                          double[][] after, String note) {
}
