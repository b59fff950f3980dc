package org.layerlab.engine.teach;

/**
 * An activation function sampled for a plot: f composed {@code compositions} times, and the
 * derivative of that composition (the chain rule's product of f' at each stage).
 *
 * @param x            sample points, increasing
 * @param y            f(f(...f(x))) at each point
 * @param derivative   d/dx of the composition at each point
 * @param compositions how many times f was applied (1 = f itself)
 */
public record ActivationCurve(double[] x, double[] y, double[] derivative, int compositions) {

    public ActivationCurve {
        if (x.length != y.length || x.length != derivative.length) {
            throw new IllegalArgumentException("x, y and derivative must have the same length, found " + x.length
                    + ", " + y.length + " and " + derivative.length);
        }
    }
}
