package org.layerlab.app.gradients;

import org.junit.jupiter.api.Test;
import org.layerlab.engine.train.GradientsSnapshot;
import org.layerlab.engine.train.LayerGradients;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GradientHistoryTest {

    private static GradientsSnapshot snapshot(long iteration, double first, double last) {
        return new GradientsSnapshot((int) (iteration / 10), iteration, List.of(
                new LayerGradients("dense_1", first, first / 100),
                new LayerGradients("output_1", last, last / 100)));
    }

    @Test
    void aLongRunFitsTheFixedBufferAndStillSpansFromStartToEnd() {
        GradientHistory history = new GradientHistory(64);
        for (long i = 0; i < 1000; i++) {
            history.accept(snapshot(i, 1e-4, 1e-1));
        }
        assertThat(history.count()).isBetween(32, 64);
        assertThat(history.iterations()[0]).isZero();
        assertThat(history.iterations()[history.count() - 1]).isGreaterThan(1000 - 2.0 * history.stride());
        assertThat(history.stride()).isEqualTo(16);
        for (int k = 1; k < history.count(); k++) {
            assertThat(history.iterations()[k] - history.iterations()[k - 1]).isEqualTo(history.stride());
        }
    }

    @Test
    void theBarsShowTheLatestSnapshotEvenWhenTheLinesSkipIt() {
        GradientHistory history = new GradientHistory(2);
        history.accept(snapshot(0, 1, 1));
        history.accept(snapshot(1, 1, 1));
        history.accept(snapshot(2, 1, 1));
        history.accept(snapshot(3, 0.002, 0.5));
        assertThat(history.latestBars()[0]).containsExactly(0.002, 0.5);
        assertThat(history.latestBars()[1]).containsExactly(0.00002, 0.005);
        assertThat(history.firstToLastRatio()).isEqualTo(0.004);
    }

    @Test
    void anotherNetworkStartsTheHistoryOver() {
        GradientHistory history = new GradientHistory(8);
        history.accept(snapshot(0, 1, 1));
        history.accept(new GradientsSnapshot(0, 1, List.of(new LayerGradients("dense_9", 1, 1))));
        assertThat(history.layers()).containsExactly("dense_9");
        assertThat(history.count()).isEqualTo(1);
    }

    @Test
    void csvHasOneRowPerPointAndLayer() {
        GradientHistory history = new GradientHistory(8);
        history.accept(snapshot(5, 0.5, 2));
        assertThat(history.toCsv().toCsv()).isEqualTo(
                "iteration,layer,gradient_norm,update_ratio\n5,dense_1,0.5,0.005\n5,output_1,2,0.02\n");
    }

    @Test
    void refusesABufferThatCannotHalve() {
        assertThatThrownBy(() -> new GradientHistory(1))
                .hasMessage("gradient history needs room for 2 or more points, found 1");
    }

    @Test
    void vanishingFactorsAreRoundedToTwoSignificantDigits() {
        assertThat(GradientFlowView.roundTwoDigits(6167)).isEqualTo(6200);
        assertThat(GradientFlowView.roundTwoDigits(42.4)).isEqualTo(42);
        assertThat(GradientFlowView.roundTwoDigits(149)).isEqualTo(150);
    }
}
