package org.layerlab.engine.train;

import java.util.List;

/**
 * What the live views are computed from: a model's activations, gradients, decision surface,
 * fitted curve and layer effects, each returned as a private copy. Implemented by the trained model
 * itself and by its {@link ViewReplica}; not thread-safe.
 */
public interface ViewSource {

    /** Every layer's activation and weight histograms on the fixed probe batch. */
    ActivationsSnapshot activations(int epoch, long iteration);

    /** Gradient norms and update ratios of the last fitted minibatch, or null before the first. */
    GradientsSnapshot lastGradients(int epoch, long iteration);

    /** The decision surface over the data, or null unless the data is 2-D classification. */
    DecisionSurface decisionSurface(int epoch, int rows, int cols);

    /** The fitted curve, or null unless the data is 1-D regression. */
    FittedCurve fittedCurve(int epoch, int points);

    /** Ids of the Dropout / noise / normalization nodes that have a before-after view. */
    List<String> effectNodeIds();

    /** Before / mask / after of one such node on a small batch, in training or inference mode. */
    LayerEffect layerEffect(String nodeId, boolean training);
}
