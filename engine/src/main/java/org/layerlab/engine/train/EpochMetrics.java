package org.layerlab.engine.train;

/**
 * The figures of one finished epoch. Accuracies are NaN for regression, where the loss is the MSE;
 * validation figures are NaN when there is no validation split.
 *
 * @param epoch              1 for the first epoch
 * @param iteration          minibatches fitted so far
 * @param trainLoss          loss on the whole training split (inference mode, penalties excluded)
 * @param trainAccuracy      accuracy on the training split, 0..1
 * @param validationLoss     loss on the validation split
 * @param validationAccuracy accuracy on the validation split, 0..1
 * @param learningRate       learning rate in force at the end of the epoch
 * @param elapsedMillis      training time so far, pauses excluded
 */
public record EpochMetrics(int epoch, long iteration, double trainLoss, double trainAccuracy, double validationLoss,
                           double validationAccuracy, double learningRate, long elapsedMillis) {
}
