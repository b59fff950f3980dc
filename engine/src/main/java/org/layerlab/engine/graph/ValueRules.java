package org.layerlab.engine.graph;

import java.util.List;

/** Checks each node's own settings against the ranges LayerLab accepts, one message per bad value. */
final class ValueRules {

    static final int MAX_FEATURES = 100_000;
    static final int MAX_UNITS = 4096;
    static final double MAX_PENALTY = 100;
    static final double MAX_STDDEV = 10;

    private ValueRules() {
    }

    static void check(Node node, List<Problem> problems) {
        Reporter report = message -> problems.add(new Problem(node.id(), message));
        LayerSpec spec = node.spec();
        if (spec instanceof InputSpec input) {
            intRange(report, "features", input.features(), 1, MAX_FEATURES);
        } else if (spec instanceof DenseSpec dense) {
            intRange(report, "units", dense.units(), 1, MAX_UNITS);
            set(report, "activation", dense.activation());
            set(report, "weight init", dense.weightInit());
            range(report, "l1", dense.l1(), 0, MAX_PENALTY);
            range(report, "l2", dense.l2(), 0, MAX_PENALTY);
        } else if (spec instanceof DropoutSpec dropout) {
            rate(report, dropout.rate());
        } else if (spec instanceof GaussianDropoutSpec dropout) {
            rate(report, dropout.rate());
        } else if (spec instanceof AlphaDropoutSpec dropout) {
            rate(report, dropout.rate());
        } else if (spec instanceof GaussianNoiseSpec noise) {
            range(report, "stddev", noise.stddev(), 0, MAX_STDDEV);
        } else if (spec instanceof BatchNormSpec bn) {
            if (!(bn.momentum() > 0 && bn.momentum() < 1)) {
                report.add("momentum must be above 0 and below 1, found " + number(bn.momentum()));
            }
            if (!(bn.epsilon() > 0 && bn.epsilon() <= 1)) {
                report.add("epsilon must be above 0 and at most 1, found " + number(bn.epsilon()));
            }
        } else if (spec instanceof ActivationSpec activation) {
            set(report, "activation", activation.activation());
        } else if (spec instanceof OutputSpec output) {
            intRange(report, "units", output.units(), 1, MAX_UNITS);
            set(report, "activation", output.activation());
            set(report, "loss", output.loss());
        } else if (spec instanceof MergeSpec merge) {
            set(report, "merge mode", merge.mode());
        }
        // LayerNormSpec has no settings of its own.
    }

    /**
     * A setting as the user would type it: whole numbers keep one decimal ("1.0") so a rate of 1
     * reads as the number it is; others lose trailing zeros and exponents ("0.0001").
     */
    static String number(double value) {
        String text = Format.decimal(value);
        boolean whole = !Double.isNaN(value) && !Double.isInfinite(value) && value == Math.rint(value);
        return whole && !text.contains(".") ? text + ".0" : text;
    }

    private static void rate(Reporter report, double rate) {
        if (!(rate >= 0 && rate < 1)) {
            report.add("rate must be at least 0 and below 1, found " + number(rate));
        }
    }

    private static void intRange(Reporter report, String name, int value, int min, int max) {
        if (value < min || value > max) {
            report.add(name + " must be " + min + ".." + max + ", found " + value);
        }
    }

    private static void range(Reporter report, String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            report.add(name + " must be " + Format.decimal(min) + ".." + Format.decimal(max) + ", found "
                    + number(value));
        }
    }

    private static void set(Reporter report, String name, Object value) {
        if (value == null) {
            report.add(name + " is not set");
        }
    }

    @FunctionalInterface
    private interface Reporter {
        void add(String message);
    }
}
