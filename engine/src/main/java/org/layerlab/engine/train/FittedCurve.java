package org.layerlab.engine.train;

/** For 1-D regression: the model's prediction at evenly spaced x, in the data's own units. */
public record FittedCurve(int epoch, double[] x, double[] y) {

    public FittedCurve {
        if (x.length != y.length) {
            throw new IllegalArgumentException("curve has " + x.length + " x values but " + y.length + " y values");
        }
    }
}
