package org.layerlab.app.inspector;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.layerlab.app.widgets.NumberRange;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.graph.ActivationSpec;
import org.layerlab.engine.graph.AlphaDropoutSpec;
import org.layerlab.engine.graph.BatchNormSpec;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.graph.DropoutSpec;
import org.layerlab.engine.graph.GaussianDropoutSpec;
import org.layerlab.engine.graph.GaussianNoiseSpec;
import org.layerlab.engine.graph.InputSpec;
import org.layerlab.engine.graph.LayerKind;
import org.layerlab.engine.graph.LayerSpec;
import org.layerlab.engine.graph.Loss;
import org.layerlab.engine.graph.MergeMode;
import org.layerlab.engine.graph.MergeSpec;
import org.layerlab.engine.graph.OutputSpec;
import org.layerlab.engine.graph.WeightInit;

/**
 * The table of what the inspector edits for each layer kind: one declarative row per setting with
 * its label, explanation, allowed values, and how to read it from a spec and make a spec with a new
 * value. The view and the view model are driven by it, so a new setting is one row here.
 */
public final class LayerSettings {

    /** One editable setting of a layer kind. */
    public sealed interface Setting permits NumberSetting, ChoiceSetting, FlagSetting {

        /** Stable key, used for node ids ("inspector-units") and undo descriptions. */
        String key();

        String label();

        String help();
    }

    /** How a number is edited: arrows for counts, a slider for fractions, a plain field for tiny factors. */
    public enum Editor { SPINNER, SLIDER, PLAIN }

    /** A number with its allowed range. */
    public record NumberSetting(String key, String label, String help, NumberRange range, Editor editor,
                                double step, double sliderMax, ToDoubleFunction<LayerSpec> get,
                                BiFunction<LayerSpec, Double, LayerSpec> set) implements Setting {
    }

    /** One of a fixed list of values (activation, initialisation, loss, merge mode). */
    public record ChoiceSetting(String key, String label, String help, List<Object> choices,
                                Function<LayerSpec, Object> get, BiFunction<LayerSpec, Object, LayerSpec> set)
            implements Setting {
    }

    /** On or off. */
    public record FlagSetting(String key, String label, String help, Function<LayerSpec, Boolean> get,
                              BiFunction<LayerSpec, Boolean, LayerSpec> set) implements Setting {
    }

    /** Most units or features a layer may have; the graph validator uses the same bound. */
    public static final int MAX_UNITS = 4096;
    /** Most input features: MNIST has 784; wide CSV files fit too. */
    public static final int MAX_FEATURES = 100_000;
    /** Largest L1/L2 lambda; typical values are 0.0001 to 0.01. */
    public static final double MAX_PENALTY = 100;
    /** Highest dropout rate offered: dropping everything would leave nothing to learn from. */
    public static final double MAX_RATE = 0.95;

    private static final String RATE_HELP = "The fraction of units dropped in training (Keras' rate): 0.2 drops "
            + "one unit in five. Kept units are scaled by 1/(1 − rate).";
    private static final String PENALTY_HELP = "λ of the penalty added to the loss for this layer's weights "
            + "(Keras kernel_regularizer); 0 uses the training panel's default.";

    private LayerSettings() {
    }

    /** The settings of a kind, in the order the inspector shows them; empty for kinds without settings. */
    public static List<Setting> forKind(LayerKind kind) {
        return switch (kind) {
            case INPUT -> List.of(number(InputSpec.class, "features", "Features",
                    "Values per example: 2 for the 2-D toy sets, 784 for MNIST (28 × 28 pixels).",
                    NumberRange.whole("features", 1, MAX_FEATURES), Editor.SPINNER, 1, 0,
                    InputSpec::features, (s, v) -> s.withFeatures(v.intValue())));
            case DENSE -> List.of(
                    number(DenseSpec.class, "units", "Units", "How many neurons this layer has.",
                            NumberRange.whole("units", 1, MAX_UNITS), Editor.SPINNER, 1, 0,
                            DenseSpec::units, (s, v) -> s.withUnits(v.intValue())),
                    choice(DenseSpec.class, "activation", "Activation", "The non-linearity applied to each unit.",
                            Activation.values(), DenseSpec::activation, (s, v) -> s.withActivation((Activation) v)),
                    choice(DenseSpec.class, "weightInit", "Weight init",
                            "How the weights start: Glorot suits tanh/sigmoid, He suits ReLU.",
                            WeightInit.values(), DenseSpec::weightInit, (s, v) -> s.withWeightInit((WeightInit) v)),
                    number(DenseSpec.class, "l1", "L1 λ", PENALTY_HELP, NumberRange.decimal("l1", 0, MAX_PENALTY),
                            Editor.PLAIN, 0, 0, DenseSpec::l1, (s, v) -> s.withL1(v)),
                    number(DenseSpec.class, "l2", "L2 λ", PENALTY_HELP, NumberRange.decimal("l2", 0, MAX_PENALTY),
                            Editor.PLAIN, 0, 0, DenseSpec::l2, (s, v) -> s.withL2(v)),
                    flag(DenseSpec.class, "bias", "Bias", "Adds a learned constant b to each unit: a = f(Wx + b).",
                            DenseSpec::bias, DenseSpec::withBias));
            case DROPOUT -> List.of(rate(DropoutSpec.class, DropoutSpec::rate, (s, v) -> new DropoutSpec(v)));
            case GAUSSIAN_DROPOUT -> List.of(
                    rate(GaussianDropoutSpec.class, GaussianDropoutSpec::rate, (s, v) -> new GaussianDropoutSpec(v)));
            case ALPHA_DROPOUT -> List.of(
                    rate(AlphaDropoutSpec.class, AlphaDropoutSpec::rate, (s, v) -> new AlphaDropoutSpec(v)));
            case GAUSSIAN_NOISE -> List.of(number(GaussianNoiseSpec.class, "stddev", "Noise σ",
                    "Standard deviation of the zero-mean noise added to each value in training.",
                    NumberRange.decimal("stddev", 0, 10), Editor.SLIDER, 0.05, 2,
                    GaussianNoiseSpec::stddev, (s, v) -> new GaussianNoiseSpec(v)));
            case BATCH_NORM -> List.of(
                    number(BatchNormSpec.class, "momentum", "Momentum",
                            "How slowly the moving averages used at test time follow the batch statistics (Keras 0.99).",
                            NumberRange.decimal("momentum", 0.001, 0.9999), Editor.PLAIN, 0, 0,
                            BatchNormSpec::momentum, (s, v) -> new BatchNormSpec(v, s.epsilon())),
                    number(BatchNormSpec.class, "epsilon", "Epsilon",
                            "Added to the variance before the square root, to avoid dividing by zero (Keras 0.001).",
                            NumberRange.decimal("epsilon", 1e-9, 1), Editor.PLAIN, 0, 0,
                            BatchNormSpec::epsilon, (s, v) -> new BatchNormSpec(s.momentum(), v)));
            case LAYER_NORM -> List.of();
            case ACTIVATION -> List.of(choice(ActivationSpec.class, "activation", "Activation",
                    "The function applied to each value.", Activation.values(), ActivationSpec::activation,
                    (s, v) -> new ActivationSpec((Activation) v)));
            case OUTPUT -> List.of(
                    number(OutputSpec.class, "units", "Units",
                            "One per class (softmax), one for two classes (sigmoid), one per target (regression).",
                            NumberRange.whole("units", 1, MAX_UNITS), Editor.SPINNER, 1, 0,
                            OutputSpec::units, (s, v) -> s.withUnits(v.intValue())),
                    choice(OutputSpec.class, "activation", "Activation",
                            "softmax turns scores into class probabilities; linear for regression.",
                            Activation.values(), OutputSpec::activation, (s, v) -> s.withActivation((Activation) v)),
                    choice(OutputSpec.class, "loss", "Loss", "What training minimises.", Loss.values(),
                            OutputSpec::loss, (s, v) -> s.withLoss((Loss) v)));
            case MERGE -> List.of(choice(MergeSpec.class, "mode", "Mode",
                    "concatenate: side by side; add: element-wise sum of equal sizes.", MergeMode.values(),
                    MergeSpec::mode, (s, v) -> new MergeSpec((MergeMode) v)));
        };
    }

    private static <S extends LayerSpec> NumberSetting rate(Class<S> type, ToDoubleFunction<S> get,
                                                            BiFunction<S, Double, LayerSpec> set) {
        return number(type, "rate", "Rate (fraction dropped)", RATE_HELP, NumberRange.decimal("rate", 0, MAX_RATE),
                Editor.SLIDER, 0.05, MAX_RATE, get, set);
    }

    private static <S extends LayerSpec> NumberSetting number(Class<S> type, String key, String label, String help,
                                                              NumberRange range, Editor editor, double step,
                                                              double sliderMax, ToDoubleFunction<S> get,
                                                              BiFunction<S, Double, ? extends LayerSpec> set) {
        return new NumberSetting(key, label, help, range, editor, step, sliderMax,
                spec -> get.applyAsDouble(type.cast(spec)), (spec, v) -> set.apply(type.cast(spec), v));
    }

    private static <S extends LayerSpec> ChoiceSetting choice(Class<S> type, String key, String label, String help,
                                                              Object[] choices, Function<S, Object> get,
                                                              BiFunction<S, Object, ? extends LayerSpec> set) {
        return new ChoiceSetting(key, label, help, Arrays.asList(choices), spec -> get.apply(type.cast(spec)),
                (spec, v) -> set.apply(type.cast(spec), v));
    }

    private static <S extends LayerSpec> FlagSetting flag(Class<S> type, String key, String label, String help,
                                                          Function<S, Boolean> get,
                                                          BiFunction<S, Boolean, ? extends LayerSpec> set) {
        return new FlagSetting(key, label, help, spec -> get.apply(type.cast(spec)),
                (spec, v) -> set.apply(type.cast(spec), v));
    }
}
