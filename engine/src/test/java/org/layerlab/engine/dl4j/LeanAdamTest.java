package org.layerlab.engine.dl4j;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.learning.AdamUpdater;
import org.nd4j.linalg.learning.config.Adam;

import static org.assertj.core.api.Assertions.assertThat;

/** LeanAdam's step equals ND4J's native adam_updater op bit for bit, on views at an offset too. */
class LeanAdamTest {

    /** Runs {@code steps} Adam steps on a view of {@code length} floats starting {@code offset} into a larger buffer. */
    private static float[][] run(boolean lean, int length, int offset, int steps, Adam config) {
        Nd4j.getRandom().setSeed(7);
        INDArray state = Nd4j.zeros(DataType.FLOAT, 1, 2L * length + 2L * offset);
        // The layout DL4J's updater blocks use: V then M, each a view into one flat state vector.
        INDArray stateView = state.get(NDArrayIndex.point(0), NDArrayIndex.interval(2L * offset, 2L * offset + 2L * length));
        AdamUpdater updater = lean ? new LeanAdam(config) : new AdamUpdater(config);
        updater.setStateViewArray(stateView, new long[]{length}, 'c', true);
        INDArray gradients = Nd4j.zeros(DataType.FLOAT, 1, length + offset);
        INDArray gradient = gradients.get(NDArrayIndex.point(0), NDArrayIndex.interval(offset, offset + length));
        float[][] updates = new float[steps + 1][];
        for (int i = 0; i < steps; i++) {
            gradient.assign(Nd4j.randn(DataType.FLOAT, length).muli(i % 3 == 0 ? 1e-3 : 2.5));
            updater.applyUpdater(gradient, i, 0);
            updates[i] = gradient.toFloatVector();
        }
        updates[steps] = stateView.toFloatVector();
        return updates;
    }

    @Test
    void leanStepsEqualTheNativeOpBitForBit() {
        Adam config = new Adam(0.003, 0.9, 0.999, 1e-8);
        for (int[] shape : new int[][]{{1, 0}, {5000, 0}, {2049, 37}}) {
            float[][] lean = run(true, shape[0], shape[1], 40, config);
            float[][] stock = run(false, shape[0], shape[1], 40, config);
            for (int i = 0; i < lean.length; i++) {
                assertThat(lean[i]).as("length %d offset %d step %d", shape[0], shape[1], i)
                        .isEqualTo(stock[i]);
            }
            assertThat(lean[1]).as("the step really updates").isNotEqualTo(new float[shape[0]]);
        }
    }

    @Test
    void stepsStayBitIdenticalPastThePointWherePowfAndMathPowDiffer() {
        // For beta2 0.999, glibc's powf and (float) Math.pow first differ at step 3,606.
        Adam config = new Adam(0.001, 0.9, 0.999, 1e-8);
        float[][] lean = run(true, 3, 0, 3_700, config);
        float[][] stock = run(false, 3, 0, 3_700, config);
        for (int i = 3_590; i < lean.length; i++) {
            assertThat(lean[i]).as("step %d", i).isEqualTo(stock[i]);
        }
    }

    @Test
    void aStridedGradientGoesToTheNativeOp() {
        Adam config = new Adam(0.01);
        INDArray matrix = Nd4j.rand(DataType.FLOAT, 6, 4);
        INDArray column = matrix.getColumn(1);
        assertThat(column.elementWiseStride()).isNotEqualTo(1);
        INDArray leanState = Nd4j.zeros(DataType.FLOAT, 1, 12);
        INDArray stockState = Nd4j.zeros(DataType.FLOAT, 1, 12);
        AdamUpdater lean = new LeanAdam(config);
        AdamUpdater stock = new AdamUpdater(config);
        lean.setStateViewArray(leanState, new long[]{6}, 'c', true);
        stock.setStateViewArray(stockState, new long[]{6}, 'c', true);
        INDArray a = column.dup();
        INDArray b = column.dup();
        lean.applyUpdater(column, 0, 0);
        stock.applyUpdater(b, 0, 0);
        assertThat(column.toFloatVector()).isEqualTo(b.toFloatVector()).isNotEqualTo(a.toFloatVector());
        assertThat(leanState.toFloatVector()).isEqualTo(stockState.toFloatVector());
    }
}
