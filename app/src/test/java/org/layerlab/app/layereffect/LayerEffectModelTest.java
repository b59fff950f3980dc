package org.layerlab.app.layereffect;

import org.junit.jupiter.api.Test;
import org.layerlab.engine.graph.LayerKind;
import org.layerlab.engine.train.LayerEffect;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LayerEffectModelTest {

    /** An 8x8 dropout at rate 0.5 as the engine reports it: after = before * mask, mask in {0, 2}. */
    private static LayerEffect dropout(boolean training) {
        Random random = new Random(11);
        double[][] before = new double[8][8];
        double[][] mask = new double[8][8];
        double[][] after = new double[8][8];
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) {
                before[r][c] = Math.max(0, random.nextGaussian());
                mask[r][c] = training ? (random.nextBoolean() ? 2 : 0) : 1;
                after[r][c] = before[r][c] * mask[r][c];
            }
        }
        return new LayerEffect("dropout_1", LayerKind.DROPOUT, training, before, training ? mask : null, after,
                "Half of the values are dropped.");
    }

    @Test
    void theAfterMatrixShownEqualsBeforeTimesTheMaskCellByCell() {
        LayerEffectModel model = new LayerEffectModel();
        LayerEffect e = dropout(true);
        model.show(e);
        double[][] combined = model.combined();
        for (int r = 0; r < 8; r++) {
            for (int c = 0; c < 8; c++) {
                assertThat(combined[r][c]).isCloseTo(e.after()[r][c], within(1e-12));
                assertThat(model.dropped(r, c)).isEqualTo(e.mask()[r][c] == 0);
                assertThat(model.maskText(r, c)).isEqualTo(e.mask()[r][c] == 0 ? "0" : "×2.00");
            }
        }
        assertThat(model.impliedRate()).isEqualTo(0.5);
        assertThat(model.showsMask()).isTrue();
        assertThat(model.droppedShare()).isBetween(0.3, 0.7);
    }

    @Test
    void atInferenceThereIsNoMaskAndNothingIsDropped() {
        LayerEffectModel model = new LayerEffectModel();
        model.show(dropout(false));
        assertThat(model.showsMask()).isFalse();
        assertThat(model.dropped(0, 0)).isFalse();
        assertThat(model.combined()).isDeepEqualTo(model.effect().after());
    }

    @Test
    void gaussianNoiseIsAddedAndPrintedWithItsSign() {
        double[][] before = {{1.0, 2.0}};
        double[][] noise = {{0.125, -0.25}};
        double[][] after = {{1.125, 1.75}};
        LayerEffectModel model = new LayerEffectModel();
        model.show(new LayerEffect("noise", LayerKind.GAUSSIAN_NOISE, true, before, noise, after, ""));
        assertThat(model.operation()).isEqualTo(LayerEffectModel.Operation.ADD);
        assertThat(model.combined()).isDeepEqualTo(after);
        assertThat(model.maskText(0, 0)).isEqualTo("+0.13");
        assertThat(model.maskText(0, 1)).isEqualTo("−0.25");
    }

    @Test
    void anAlphaDropoutMaskOnlySaysWhichValuesWereKept() {
        double[][] before = {{1.0, -0.5}};
        double[][] keep = {{1, 0}};
        double[][] after = {{1.2, -1.1}};
        LayerEffectModel model = new LayerEffectModel();
        model.show(new LayerEffect("alpha", LayerKind.ALPHA_DROPOUT, true, before, keep, after, ""));
        assertThat(model.operation()).isEqualTo(LayerEffectModel.Operation.SELECT);
        assertThat(model.maskText(0, 0)).isEqualTo("1");
        assertThat(model.maskText(0, 1)).isEqualTo("0");
        assertThat(model.dropped(0, 1)).isTrue();
        assertThat(model.dropped(0, 0)).isFalse();
        assertThat(model.combined()).isDeepEqualTo(after);
    }

    @Test
    void shapesThatDoNotMatchAreRefusedWithBothSizes() {
        LayerEffectModel model = new LayerEffectModel();
        double[][] twoByThree = new double[2][3];
        assertThatThrownBy(() -> model.show(new LayerEffect("d", LayerKind.DROPOUT, true, twoByThree, new double[2][2],
                twoByThree, ""))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mask needs 2x3 values, found 2 columns in row 0");
        assertThatThrownBy(() -> model.show(new LayerEffect("d", LayerKind.DROPOUT, true, twoByThree, twoByThree,
                new double[3][3], ""))).hasMessage("after needs 2x3 values, found 3 rows");
        assertThatThrownBy(() -> model.show(new LayerEffect("d", LayerKind.DROPOUT, true, twoByThree, null, twoByThree,
                ""))).hasMessage("Dropout in training mode needs a mask, found none");
    }

    @Test
    void normalizationStatisticsArePerSampleForLayerNormAndPerUnitForBatchNorm() {
        double[][] m = {{1, 3}, {5, 7}};
        double[][] rows = LayerEffectModel.stats(m, true);
        assertThat(rows[0]).containsExactly(2, 6);
        assertThat(rows[1]).containsExactly(1, 1);
        double[][] cols = LayerEffectModel.stats(m, false);
        assertThat(cols[0]).containsExactly(3, 5);
        assertThat(cols[1]).containsExactly(2, 2);
        LayerEffectModel model = new LayerEffectModel();
        model.show(new LayerEffect("ln", LayerKind.LAYER_NORM, true, m, null, m, ""));
        assertThat(model.statsPerRow()).isTrue();
        model.show(new LayerEffect("bn", LayerKind.BATCH_NORM, true, m, null, m, ""));
        assertThat(model.statsPerRow()).isFalse();
    }

    @Test
    void csvHasOneRowPerCellWithBeforeMaskAndAfter() {
        LayerEffectModel model = new LayerEffectModel();
        model.show(new LayerEffect("dropout_1", LayerKind.DROPOUT, true, new double[][] {{0.5, 0.25}},
                new double[][] {{2, 0}}, new double[][] {{1, 0}}, ""));
        var csv = model.toCsv();
        assertThat(csv.header()).containsExactly("node", "kind", "training", "row", "col", "before", "mask", "after");
        assertThat(csv.rows()).containsExactly(List.of("dropout_1", "dropout", "true", "0", "0", "0.5", "2", "1"),
                List.of("dropout_1", "dropout", "true", "0", "1", "0.25", "0", "0"));
    }
}
