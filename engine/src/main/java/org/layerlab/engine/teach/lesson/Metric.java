package org.layerlab.engine.teach.lesson;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.layerlab.engine.graph.KeyedEnum;
import org.layerlab.engine.teach.RunEnding;
import org.layerlab.engine.teach.RunOptions;
import org.layerlab.engine.teach.RunResult;
import org.layerlab.engine.train.EpochMetrics;
import org.layerlab.engine.train.LayerEffect;

import java.util.function.ToDoubleFunction;

/**
 * A figure a check reads from a run. Per-epoch figures ({@link #isPerEpoch()}) are read at a given
 * epoch, or at the last one; effect figures need the node of a Dropout, noise or normalization layer.
 */
public enum Metric implements KeyedEnum {
    TRAIN_LOSS("train_loss", EpochMetrics::trainLoss),
    TRAIN_ACCURACY("train_accuracy", EpochMetrics::trainAccuracy),
    VALIDATION_LOSS("validation_loss", EpochMetrics::validationLoss),
    VALIDATION_ACCURACY("validation_accuracy", EpochMetrics::validationAccuracy),
    /** Validation loss minus training loss: how far the model overfits. */
    LOSS_GAP("loss_gap", m -> m.validationLoss() - m.trainLoss()),
    /** Training accuracy minus validation accuracy. */
    ACCURACY_GAP("accuracy_gap", m -> m.trainAccuracy() - m.validationAccuracy()),
    LEARNING_RATE("learning_rate", EpochMetrics::learningRate),
    BEST_VALIDATION_LOSS("best_validation_loss", null),
    /** Last validation loss minus the lowest of any epoch: how far it climbed back (0 when still falling). */
    VALIDATION_LOSS_RISE("validation_loss_rise", null),
    BEST_VALIDATION_ACCURACY("best_validation_accuracy", null),
    /**
     * Mean |change| of the training loss from one epoch to the next over the last 10 epochs: how much it
     * still bounces around (a learning rate too high for the end of training).
     */
    TRAIN_LOSS_JITTER("train_loss_jitter", null),
    /** The highest training accuracy of any epoch ("never passes 75 %"). */
    MAX_TRAIN_ACCURACY("max_train_accuracy", null),
    MAX_VALIDATION_ACCURACY("max_validation_accuracy", null),
    /** Validation loss of the final weights (the best epoch's when early stopping restored them). */
    FINAL_WEIGHTS_VALIDATION_LOSS("final_weights_validation_loss", null),
    /** Loss and accuracy of the final weights on the test split. */
    TEST_LOSS("test_loss", null),
    TEST_ACCURACY("test_accuracy", null),
    /** Epochs trained (fewer than the budget after early stopping or divergence). */
    EPOCHS("epochs", null),
    BEST_EPOCH("best_epoch", null),
    /** 1 when the loss became NaN or infinite, else 0. */
    DIVERGED("diverged", null),
    /** Mean gradient norm of the first weight layer over the first epoch. */
    FIRST_LAYER_GRADIENT("first_layer_gradient", null),
    MEAN_ABS_WEIGHT("mean_abs_weight", null),
    /** Share of parameters with |value| below 0.001 after training. */
    NEAR_ZERO_WEIGHTS("near_zero_weights", null),
    /** Standard deviation of what a noise layer added (after - before), in training mode. */
    EFFECT_NOISE_STD("effect_noise_std", null),
    /** Share of a layer's outputs that are exactly 0, in training mode. */
    EFFECT_ZERO_SHARE("effect_zero_share", null),
    /** Standard deviation of a layer's outputs in training mode. */
    EFFECT_AFTER_STD("effect_after_std", null),
    /** Largest |after - before| in inference mode: 0 when the layer only acts in training. */
    EFFECT_INFERENCE_CHANGE("effect_inference_change", null);

    /** Epochs the jitter looks back over. */
    static final int JITTER_EPOCHS = 10;

    private final String key;
    private final ToDoubleFunction<EpochMetrics> perEpoch;

    Metric(String key, ToDoubleFunction<EpochMetrics> perEpoch) {
        this.key = key;
        this.perEpoch = perEpoch;
    }

    @Override
    @JsonValue
    public String key() {
        return key;
    }

    @JsonCreator
    public static Metric fromKey(String key) {
        return KeyedEnum.fromKey(Metric.class, key);
    }

    /** True for figures of one epoch, read at a chosen epoch or the last. */
    public boolean isPerEpoch() {
        return perEpoch != null;
    }

    /** True for figures of a layer's before/after effect (a node is required). */
    public boolean isEffect() {
        return key.startsWith("effect_");
    }

    /** What a run must collect for this figure. */
    RunOptions needs() {
        return new RunOptions(this == FIRST_LAYER_GRADIENT, false, false, isEffect());
    }

    /**
     * The figure of {@code run}: at {@code epoch} (1-based; null = the last) for per-epoch figures, of layer
     * {@code node} for effect figures. NaN when the run has no such figure (e.g. it diverged before that epoch).
     */
    public double of(RunResult run, Integer epoch, String node) {
        if (perEpoch != null) {
            var m = epoch == null ? run.last() : run.atEpoch(epoch);
            return m.map(perEpoch::applyAsDouble).orElse(Double.NaN);
        }
        if (isEffect()) {
            return effect(run, node);
        }
        return switch (this) {
            case BEST_VALIDATION_LOSS -> run.bestValidationLoss();
            case TRAIN_LOSS_JITTER -> jitter(run);
            case VALIDATION_LOSS_RISE -> run.last().map(m -> m.validationLoss()).orElse(Double.NaN)
                    - run.bestValidationLoss();
            case BEST_VALIDATION_ACCURACY -> run.bestValidationAccuracy();
            case MAX_TRAIN_ACCURACY -> run.series().stream().mapToDouble(EpochMetrics::trainAccuracy).max()
                    .orElse(Double.NaN);
            case MAX_VALIDATION_ACCURACY -> run.series().stream().mapToDouble(EpochMetrics::validationAccuracy).max()
                    .orElse(Double.NaN);
            case FINAL_WEIGHTS_VALIDATION_LOSS -> run.validation().loss();
            case TEST_LOSS -> run.test().loss();
            case TEST_ACCURACY -> run.test().accuracy();
            case EPOCHS -> run.series().size();
            case BEST_EPOCH -> run.bestEpoch();
            case DIVERGED -> run.ending() == RunEnding.DIVERGED ? 1 : 0;
            case FIRST_LAYER_GRADIENT -> run.firstLayerGradientNorm();
            case MEAN_ABS_WEIGHT -> run.weights().meanAbs();
            case NEAR_ZERO_WEIGHTS -> run.weights().nearZeroShare();
            default -> throw new IllegalStateException("unhandled metric " + key);
        };
    }

    private static double jitter(RunResult run) {
        var series = run.series();
        int from = Math.max(1, series.size() - JITTER_EPOCHS);
        double sum = 0;
        for (int e = from; e < series.size(); e++) {
            sum += Math.abs(series.get(e).trainLoss() - series.get(e - 1).trainLoss());
        }
        return series.size() - from < 1 ? Double.NaN : sum / (series.size() - from);
    }

    private double effect(RunResult run, String node) {
        if (node == null) {
            throw new IllegalArgumentException(key + " needs the node of a Dropout, noise or normalization layer");
        }
        boolean training = this != EFFECT_INFERENCE_CHANGE;
        LayerEffect e = run.layerEffect(node, training).orElse(null);
        if (e == null) {
            return Double.NaN;
        }
        double sum = 0;
        double squares = 0;
        double largest = 0;
        int zeros = 0;
        int n = 0;
        for (int i = 0; i < e.after().length; i++) {
            for (int j = 0; j < e.after()[i].length; j++) {
                double after = e.after()[i][j];
                double v = this == EFFECT_NOISE_STD ? after - e.before()[i][j] : after;
                sum += v;
                squares += v * v;
                largest = Math.max(largest, Math.abs(after - e.before()[i][j]));
                zeros += after == 0 ? 1 : 0;
                n++;
            }
        }
        double mean = sum / n;
        return switch (this) {
            case EFFECT_ZERO_SHARE -> (double) zeros / n;
            case EFFECT_INFERENCE_CHANGE -> largest;
            default -> Math.sqrt(Math.max(0, squares / n - mean * mean));
        };
    }
}
