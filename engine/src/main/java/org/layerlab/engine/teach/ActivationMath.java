package org.layerlab.engine.teach;

import org.layerlab.engine.graph.Activation;

/**
 * Every activation function and its derivative in plain Java, with DL4J's definitions (what the
 * networks really compute): ELU with alpha 1, SELU's published constants, GELU as DL4J's default
 * sigmoid approximation x * sigmoid(1.702 x), hard sigmoid clip(0.2 x + 0.5, 0, 1), leaky ReLU with
 * slope 0.2 (the compiler's Keras slope). Softmax acts on a vector: as a function of one input it is
 * plotted as the first output of softmax(x, 0), which is the sigmoid.
 */
public final class ActivationMath {

    /** SELU's alpha (Klambauer et al. 2017), as DL4J uses it. */
    public static final double SELU_ALPHA = 1.6732632423543772848170429916717;
    /** SELU's scale lambda. */
    public static final double SELU_LAMBDA = 1.0507009873554804934193349852946;
    /** Slope of leaky ReLU below 0 (LayerLab compiles leaky_relu with Keras' 0.2). */
    public static final double LEAKY_SLOPE = 0.2;
    /** GELU's sigmoid approximation factor. */
    public static final double GELU_FACTOR = 1.702;

    private ActivationMath() {
    }

    /** f(x). */
    public static double value(Activation f, double x) {
        return switch (f) {
            case RELU -> Math.max(0, x);
            case TANH -> Math.tanh(x);
            case SIGMOID, SOFTMAX -> sigmoid(x);
            case LINEAR -> x;
            case LEAKY_RELU -> x > 0 ? x : LEAKY_SLOPE * x;
            case ELU -> x > 0 ? x : Math.expm1(x);
            case SELU -> SELU_LAMBDA * (x > 0 ? x : SELU_ALPHA * Math.expm1(x));
            case GELU -> x * sigmoid(GELU_FACTOR * x);
            case SWISH -> x * sigmoid(x);
            case MISH -> x * Math.tanh(softplus(x));
            case SOFTPLUS -> softplus(x);
            case SOFTSIGN -> x / (1 + Math.abs(x));
            case RELU6 -> Math.min(Math.max(0, x), 6);
            case HARD_SIGMOID -> Math.min(1, Math.max(0, 0.2 * x + 0.5));
            case HARD_TANH -> Math.min(1, Math.max(-1, x));
        };
    }

    /** f'(x); at a kink, the right-hand value DL4J uses where it differs only on a set of measure zero. */
    public static double derivative(Activation f, double x) {
        return switch (f) {
            case RELU -> x > 0 ? 1 : 0;
            case TANH -> 1 - Math.tanh(x) * Math.tanh(x);
            case SIGMOID, SOFTMAX -> sigmoid(x) * (1 - sigmoid(x));
            case LINEAR -> 1;
            case LEAKY_RELU -> x > 0 ? 1 : LEAKY_SLOPE;
            case ELU -> x > 0 ? 1 : Math.exp(x);
            case SELU -> SELU_LAMBDA * (x > 0 ? 1 : SELU_ALPHA * Math.exp(x));
            case GELU -> {
                double s = sigmoid(GELU_FACTOR * x);
                yield s + GELU_FACTOR * x * s * (1 - s);
            }
            case SWISH -> sigmoid(x) + x * sigmoid(x) * (1 - sigmoid(x));
            case MISH -> {
                double t = Math.tanh(softplus(x));
                yield t + x * (1 - t * t) * sigmoid(x);
            }
            case SOFTPLUS -> sigmoid(x);
            case SOFTSIGN -> 1 / ((1 + Math.abs(x)) * (1 + Math.abs(x)));
            case RELU6 -> x > 0 && x < 6 ? 1 : 0;
            case HARD_SIGMOID -> x > -2.5 && x < 2.5 ? 0.2 : 0;
            case HARD_TANH -> x > -1 && x < 1 ? 1 : 0;
        };
    }

    /** f applied {@code times} times: f(f(...f(x))). */
    public static double compose(Activation f, double x, int times) {
        double y = x;
        for (int i = 0; i < times; i++) {
            y = value(f, y);
        }
        return y;
    }

    /** The derivative of the {@code times}-fold composition: the product of f' at each stage's input. */
    public static double composedDerivative(Activation f, double x, int times) {
        double y = x;
        double product = 1;
        for (int i = 0; i < times; i++) {
            product *= derivative(f, y);
            y = value(f, y);
        }
        return product;
    }

    /** {@code points} evenly spaced samples of the composition and its derivative over [from, to]. */
    public static ActivationCurve curve(Activation f, double from, double to, int points, int compositions) {
        if (points < 2 || points > 100_000) {
            throw new IllegalArgumentException("points must be 2..100000, found " + points);
        }
        if (!(to > from)) {
            throw new IllegalArgumentException("the range must go up, found " + from + " to " + to);
        }
        if (compositions < 1 || compositions > 100) {
            throw new IllegalArgumentException("compositions must be 1..100, found " + compositions);
        }
        double[] x = new double[points];
        double[] y = new double[points];
        double[] dy = new double[points];
        for (int i = 0; i < points; i++) {
            x[i] = from + (to - from) * i / (points - 1);
            y[i] = compose(f, x[i], compositions);
            dy[i] = composedDerivative(f, x[i], compositions);
        }
        return new ActivationCurve(x, y, dy, compositions);
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static double softplus(double x) {
        // log(1 + e^x) without overflow for large x.
        return x > 30 ? x : Math.log1p(Math.exp(x));
    }
}
