package org.layerlab.engine.teach;

import org.layerlab.engine.train.ActivationsSnapshot;
import org.layerlab.engine.train.DecisionSurface;
import org.layerlab.engine.train.EpochMetrics;
import org.layerlab.engine.train.Evaluation;
import org.layerlab.engine.train.LayerEffect;
import org.layerlab.engine.train.LayerGradients;

import java.util.List;
import java.util.Optional;

/**
 * One finished training: its per-epoch metrics and what it ended with. The evaluations are of the
 * final weights (the best epoch's when early stopping restored them), so they can differ from the
 * last row of the series.
 *
 * @param name                what the run is called in a legend ("with dropout", "λ = 0.04")
 * @param series              one row per finished epoch
 * @param ending              how it ended
 * @param message             why, in a sentence ("Stopped early at epoch 31: ...")
 * @param bestEpoch           the epoch of the lowest monitored loss (validation, or training without validation)
 * @param train               loss and accuracy on the training split with the final weights
 * @param validation          the same on the validation split (NaN figures when it is empty)
 * @param test                the same on the test split (NaN figures when it is empty)
 * @param firstEpochGradients per weight layer, input side first: mean gradient norm and update ratio over the
 *                            first epoch's minibatches (empty unless asked for)
 * @param initialActivations  activation and weight histograms of the untrained network (null unless asked for)
 * @param finalActivations    the same after training (null unless asked for)
 * @param weights             summary of every parameter after training
 * @param surface             final decision surface of 2-D classification data, or null
 * @param layerEffects        after training, each Dropout / noise / normalization layer's effect in training mode
 *                            then in inference mode (empty unless asked for)
 * @param elapsedMillis       training time
 */
public record RunResult(String name, List<EpochMetrics> series, RunEnding ending, String message, int bestEpoch,
                        Evaluation train, Evaluation validation, Evaluation test,
                        List<LayerGradients> firstEpochGradients, ActivationsSnapshot initialActivations,
                        ActivationsSnapshot finalActivations, WeightStats weights, DecisionSurface surface,
                        List<LayerEffect> layerEffects, long elapsedMillis) {

    public RunResult {
        series = List.copyOf(series);
        firstEpochGradients = List.copyOf(firstEpochGradients);
        layerEffects = List.copyOf(layerEffects);
    }

    /** The effect of layer {@code nodeId} in training or inference mode, or empty when not recorded. */
    public Optional<LayerEffect> layerEffect(String nodeId, boolean training) {
        return layerEffects.stream().filter(e -> e.nodeId().equals(nodeId) && e.training() == training).findFirst();
    }

    /** The last epoch's metrics, or empty when not even one epoch finished. */
    public Optional<EpochMetrics> last() {
        return series.isEmpty() ? Optional.empty() : Optional.of(series.get(series.size() - 1));
    }

    /** The metrics of epoch {@code epoch} (1-based), or empty when the run did not get that far. */
    public Optional<EpochMetrics> atEpoch(int epoch) {
        return epoch >= 1 && epoch <= series.size() ? Optional.of(series.get(epoch - 1)) : Optional.empty();
    }

    /** The lowest validation loss of any epoch (NaN without validation). */
    public double bestValidationLoss() {
        return series.stream().mapToDouble(EpochMetrics::validationLoss).filter(Double::isFinite).min()
                .orElse(Double.NaN);
    }

    /** The highest validation accuracy of any epoch (NaN without validation or for regression). */
    public double bestValidationAccuracy() {
        return series.stream().mapToDouble(EpochMetrics::validationAccuracy).filter(Double::isFinite).max()
                .orElse(Double.NaN);
    }

    /** Mean first-epoch gradient norm of one weight layer, or NaN when it was not recorded. */
    public double firstEpochGradientNorm(String nodeId) {
        return firstEpochGradients.stream().filter(g -> g.nodeId().equals(nodeId))
                .mapToDouble(LayerGradients::gradientNorm).findFirst().orElse(Double.NaN);
    }

    /** The input-side weight layer's mean first-epoch gradient norm (where vanishing gradients show first). */
    public double firstLayerGradientNorm() {
        return firstEpochGradients.isEmpty() ? Double.NaN : firstEpochGradients.get(0).gradientNorm();
    }
}
