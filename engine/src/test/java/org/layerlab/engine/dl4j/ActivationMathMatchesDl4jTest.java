package org.layerlab.engine.dl4j;

import org.junit.jupiter.api.Test;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.teach.ActivationMath;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

/**
 * The activation explorer plots what the networks compute: every function and derivative of
 * {@link ActivationMath} equals DL4J's, through the very activation objects the compiler builds.
 */
class ActivationMathMatchesDl4jTest {

    @Test
    void everyActivationAndDerivativeMatchesDl4j() {
        double[] xs = new double[27];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = -4.93 + 0.37 * i; // misses every kink
        }
        for (Activation a : Activation.values()) {
            IActivation dl4j = LayerFactory.activation(a);
            // Softmax is a vector function: compare on rows (x, 0), whose first output is the sigmoid.
            boolean softmax = a == Activation.SOFTMAX;
            INDArray in = softmax ? pairs(xs) : Nd4j.createFromArray(xs).castTo(DataType.DOUBLE).reshape(1, xs.length);
            INDArray out = dl4j.getActivation(in.dup(), true);
            Pair<INDArray, INDArray> back = dl4j.backprop(in.dup(), softmax ? firstColumnOnes(xs.length)
                    : Nd4j.onesLike(in));
            for (int i = 0; i < xs.length; i++) {
                double y = softmax ? out.getDouble(i, 0) : out.getDouble(0, i);
                double dy = softmax ? back.getFirst().getDouble(i, 0) : back.getFirst().getDouble(0, i);
                assertThat(ActivationMath.value(a, xs[i])).as(a + "(" + xs[i] + ")").isCloseTo(y, offset(1e-6));
                assertThat(ActivationMath.derivative(a, xs[i])).as(a + "'(" + xs[i] + ")").isCloseTo(dy, offset(1e-5));
            }
        }
    }

    private static INDArray pairs(double[] xs) {
        double[][] rows = new double[xs.length][];
        for (int i = 0; i < xs.length; i++) {
            rows[i] = new double[] {xs[i], 0};
        }
        return Nd4j.createFromArray(rows);
    }

    /** Upstream gradient (1, 0) per row: d softmax_0 / d x_0 comes back in column 0. */
    private static INDArray firstColumnOnes(int n) {
        double[][] rows = new double[n][];
        for (int i = 0; i < n; i++) {
            rows[i] = new double[] {1, 0};
        }
        return Nd4j.createFromArray(rows);
    }
}
