package org.layerlab.engine.teach;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.layerlab.engine.graph.KeyedEnum;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The lecture's bias/variance diagnosis. Avoidable bias is the training error above the human-level
 * (Bayes) error; variance is the validation error above the training error. Each is "high" above
 * {@link #THRESHOLD} (2 percentage points): the notes' examples sit far from it on either side
 * (1 and 10 points, 15 and 1, 15 and 15, 0.5 and 0.5). Errors are fractions: 0.01 is 1 %.
 */
public final class BiasVariance {

    /** Above this many percentage points (as a fraction) bias or variance counts as high. */
    public static final double THRESHOLD = 0.02;

    /** Recipe for high bias (the training set is not fitted well): Receita básica, viés alto. */
    public static final List<String> BIAS_RECIPE = List.of(
            "Try a bigger network: more hidden layers or more units (rede maior)",
            "Train longer (treinar por mais tempo)",
            "Try another optimizer, e.g. Adam instead of plain gradient descent (otimizador diferente)",
            "Try an architecture better suited to the data");

    /** Recipe for high variance (the model does not generalise): Receita básica, variância alta. */
    public static final List<String> VARIANCE_RECIPE = List.of(
            "Get more training data (mais dados), or augment it (data augmentation)",
            "Regularize: L2, L1, dropout, early stopping (regularização)",
            "Try an architecture better suited to the data");

    private BiasVariance() {
    }

    /** The four verdicts, keyed for files ("high_variance"). */
    public enum Verdict implements KeyedEnum {
        HIGH_BIAS("high_bias", "high bias"),
        HIGH_VARIANCE("high_variance", "high variance"),
        HIGH_BIAS_AND_VARIANCE("high_bias_and_variance", "high bias and high variance"),
        LOW_BIAS_AND_VARIANCE("low_bias_and_variance", "low bias and low variance");

        private final String key;
        private final String text;

        Verdict(String key, String text) {
            this.key = key;
            this.text = text;
        }

        @Override
        @JsonValue
        public String key() {
            return key;
        }

        /** As a sentence says it: "high variance". */
        public String text() {
            return text;
        }

        @JsonCreator
        public static Verdict fromKey(String key) {
            return KeyedEnum.fromKey(Verdict.class, key);
        }
    }

    /**
     * One diagnosis.
     *
     * @param avoidableBias training error minus human-level error (0 assumed when unknown)
     * @param variance      validation error minus training error
     * @param recipe        what the lecture suggests, bias first
     * @param explanation   the arithmetic and the thresholds, in sentences
     */
    public record Diagnosis(double trainError, double validationError, double humanError, double avoidableBias,
                            double variance, Verdict verdict, List<String> recipe, String explanation) {

        public Diagnosis {
            recipe = List.copyOf(recipe);
        }

        public boolean highBias() {
            return verdict == Verdict.HIGH_BIAS || verdict == Verdict.HIGH_BIAS_AND_VARIANCE;
        }

        public boolean highVariance() {
            return verdict == Verdict.HIGH_VARIANCE || verdict == Verdict.HIGH_BIAS_AND_VARIANCE;
        }
    }

    /** One row of the notes' table (cat classifier, human error about 0 %). */
    public record Example(double trainError, double validationError, Verdict notesVerdict) {
    }

    /** The notes' table: 1 %/11 %, 15 %/16 %, 15 %/30 %, 0.5 %/1 %, with human error about 0 %. */
    public static List<Example> notesTable() {
        return List.of(new Example(0.01, 0.11, Verdict.HIGH_VARIANCE),
                new Example(0.15, 0.16, Verdict.HIGH_BIAS),
                new Example(0.15, 0.30, Verdict.HIGH_BIAS_AND_VARIANCE),
                new Example(0.005, 0.01, Verdict.LOW_BIAS_AND_VARIANCE));
    }

    /** Diagnoses with the default threshold; {@code humanError} is NaN when unknown. */
    public static Diagnosis diagnose(double trainError, double validationError, double humanError) {
        return diagnose(trainError, validationError, humanError, THRESHOLD);
    }

    /**
     * Diagnoses with a threshold of {@code threshold} (a fraction) for both bias and variance.
     *
     * @throws IllegalArgumentException when an error is not in 0..1 or the threshold is not above 0
     */
    public static Diagnosis diagnose(double trainError, double validationError, double humanError, double threshold) {
        check("training error", trainError);
        check("validation error", validationError);
        if (!Double.isNaN(humanError)) {
            check("human-level error", humanError);
        }
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("the threshold must be between 0 and 1, found " + threshold);
        }
        boolean humanKnown = !Double.isNaN(humanError);
        double baseline = humanKnown ? humanError : 0;
        double bias = trainError - baseline;
        double variance = validationError - trainError;
        boolean highBias = bias > threshold;
        boolean highVariance = variance > threshold;
        Verdict verdict = highBias ? (highVariance ? Verdict.HIGH_BIAS_AND_VARIANCE : Verdict.HIGH_BIAS)
                : (highVariance ? Verdict.HIGH_VARIANCE : Verdict.LOW_BIAS_AND_VARIANCE);
        List<String> recipe = new ArrayList<>();
        if (highBias) {
            recipe.addAll(BIAS_RECIPE);
        }
        if (highVariance) {
            recipe.addAll(VARIANCE_RECIPE.stream().filter(r -> !recipe.contains(r)).toList());
        }
        if (recipe.isEmpty()) {
            recipe.add("Nothing to fix on these sets: confirm on the test set, then in the real world");
        }
        String explanation = "Avoidable bias = training error - human-level error = " + pct(trainError) + " - "
                + pct(baseline) + " = " + points(bias) + (highBias ? " (above " : " (at most ") + points(threshold)
                + ": " + (highBias ? "high" : "low") + "). Variance = validation error - training error = "
                + pct(validationError) + " - " + pct(trainError) + " = " + points(variance)
                + (highVariance ? " (above " : " (at most ") + points(threshold) + ": "
                + (highVariance ? "high" : "low") + ")."
                + (humanKnown ? "" : " The human-level error is unknown, so it is taken as 0 %: all the training error"
                + " counts as avoidable bias.");
        return new Diagnosis(trainError, validationError, humanError, bias, variance, verdict, recipe, explanation);
    }

    private static void check(String what, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(what + " must be a fraction 0..1 (0.01 = 1 %), found " + value);
        }
    }

    private static String pct(double fraction) {
        return trim(fraction * 100) + " %";
    }

    private static String points(double fraction) {
        double p = fraction * 100;
        return trim(p) + (Math.abs(p) == 1 ? " percentage point" : " percentage points");
    }

    private static String trim(double value) {
        String s = String.format(Locale.ROOT, "%.2f", value);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
