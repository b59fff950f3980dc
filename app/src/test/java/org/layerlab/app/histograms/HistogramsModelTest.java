package org.layerlab.app.histograms;

import org.junit.jupiter.api.Test;
import org.layerlab.app.views.LayerInfo;
import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.graph.InputSpec;
import org.layerlab.engine.graph.Loss;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.OutputSpec;
import org.layerlab.engine.train.ActivationsSnapshot;
import org.layerlab.engine.train.Histogram;
import org.layerlab.engine.train.LayerActivations;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class HistogramsModelTest {

    private static final ModelGraph GRAPH = ModelGraph.chain(new InputSpec(2), DenseSpec.of(4, Activation.SIGMOID),
            new OutputSpec(2, Activation.SOFTMAX, Loss.CATEGORICAL_CROSSENTROPY));

    private static ActivationsSnapshot snapshot(int epoch) {
        Histogram pinned = new Histogram(0, 1, new long[] {6, 0, 0, 4});
        Histogram weights = new Histogram(-1, 1, new long[] {1, 3});
        return new ActivationsSnapshot(epoch, epoch * 10L, List.of(
                new LayerActivations("input_1", pinned, 0.4, 0.5, 0, null),
                new LayerActivations("dense_1", pinned, 0.4, 0.49, 0, weights),
                new LayerActivations("output_1", pinned, 0.5, 0.5, 0, weights)));
    }

    @Test
    void showsEveryLayerButTheInputAndKeepsTheirHistory() {
        HistogramsModel model = new HistogramsModel();
        model.setInfos(LayerInfo.of(GRAPH));
        assertThat(model.accept(snapshot(1))).as("first snapshot builds the panels").isTrue();
        assertThat(model.accept(snapshot(2))).as("same layers: no rebuild").isFalse();
        assertThat(model.layers()).extracting(HistogramsModel.LayerState::nodeId).containsExactly("dense_1", "output_1");
        assertThat(model.layers().get(0).activationHistory().size()).isEqualTo(2);
        assertThat(model.info("dense_1").title()).isEqualTo("dense_1 · Dense 4 · sigmoid");
    }

    @Test
    void aSigmoidLayerPinnedAtZeroAndOneIsSaturatedButASoftmaxIsNotJudged() {
        HistogramsModel model = new HistogramsModel();
        model.setInfos(LayerInfo.of(GRAPH));
        model.accept(snapshot(1));
        // Bins of width 0.25: the 5 % ends take a fifth of the first and last bin: (6 + 4) / 5 of 10 values.
        assertThat(model.saturation(model.layers().get(0))).isCloseTo(0.2, within(1e-12));
        assertThat(model.saturation(model.layers().get(1))).isNaN();
    }

    @Test
    void csvHasOneRowPerBinOfActivationsThenWeights() {
        HistogramsModel model = new HistogramsModel();
        model.setInfos(LayerInfo.of(GRAPH));
        model.accept(snapshot(3));
        var csv = model.toCsv();
        assertThat(csv.header()).containsExactly("epoch", "iteration", "layer", "series", "bin", "bin_from", "bin_to",
                "count", "mean", "std", "fraction_zero");
        assertThat(csv.rows()).hasSize(2 * (4 + 2));
        assertThat(csv.rows().get(0)).containsExactly("3", "30", "dense_1", "activations", "0", "0", "0.25", "6", "0.4",
                "0.49", "0");
        assertThat(csv.rows().get(4)).containsExactly("3", "30", "dense_1", "weights", "0", "-1", "0", "1", "", "", "");
    }

    @Test
    void weightStatsAreEstimatedFromTheBinCentres() {
        assertThat(HistogramsView.weightStats(new Histogram(-1, 1, new long[] {1, 1})))
                .isEqualTo("mean ≈ 0 · std ≈ 0.500 · 2 weights");
    }
}
