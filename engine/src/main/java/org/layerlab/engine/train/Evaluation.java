package org.layerlab.engine.train;

/**
 * Loss and accuracy of the model on one split, in inference mode. The loss is the data loss
 * (penalties excluded); accuracy is NaN for regression; both are NaN for an empty split.
 */
public record Evaluation(double loss, double accuracy, int examples) {
}
