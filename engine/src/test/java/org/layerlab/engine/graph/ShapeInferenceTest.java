package org.layerlab.engine.graph;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.layerlab.engine.graph.Graphs.add;
import static org.layerlab.engine.graph.Graphs.branches;
import static org.layerlab.engine.graph.Graphs.concatenate;
import static org.layerlab.engine.graph.Graphs.dense;
import static org.layerlab.engine.graph.Graphs.input;
import static org.layerlab.engine.graph.Graphs.softmax;

/** Output sizes and parameter counts, as Keras would show them. */
class ShapeInferenceTest {

    @Test
    void mnistSoftmaxRegressionHasWeightsAndBiasesOnItsOutput() {
        Map<String, NodeShape> shapes = ShapeInference.infer(ModelGraph.chain(input(784), softmax(10)));
        assertThat(shapes).containsExactly(
                Map.entry("input_1", new NodeShape(784, 0, 0)),
                Map.entry("output_1", new NodeShape(10, 7850, 7850)));
    }

    @Test
    void denseLayersCountInputsTimesUnitsPlusBiases() {
        Map<String, NodeShape> shapes = ShapeInference.infer(
                ModelGraph.chain(input(784), dense(512), dense(256), dense(128), softmax(10)));
        assertThat(shapes.get("dense_1")).isEqualTo(new NodeShape(512, 401_920, 401_920));
        assertThat(shapes.get("dense_2")).isEqualTo(new NodeShape(256, 131_328, 131_328));
        assertThat(shapes.get("dense_3")).isEqualTo(new NodeShape(128, 32_896, 32_896));
        assertThat(shapes.get("output_1")).isEqualTo(new NodeShape(10, 1_290, 1_290));
    }

    @Test
    void denseWithoutBiasHasOnlyWeights() {
        Map<String, NodeShape> shapes = ShapeInference.infer(Graphs.around(dense(16).withBias(false)));
        assertThat(shapes.get("dense_1")).isEqualTo(new NodeShape(16, 32, 32));
    }

    @Test
    void batchNormHoldsFourPerUnitOfWhichTwoAreTrainable() {
        Map<String, NodeShape> shapes = ShapeInference.infer(Graphs.around(dense(16), BatchNormSpec.defaults()));
        NodeShape bn = shapes.get("batch_norm_1");
        assertThat(bn).isEqualTo(new NodeShape(16, 64, 32));
        assertThat(bn.nonTrainableParameters()).isEqualTo(32);
    }

    @Test
    void layerNormCountsOneGainPerUnitOfTheDenseBeforeIt() {
        Map<String, NodeShape> shapes = ShapeInference.infer(Graphs.around(dense(16), new LayerNormSpec()));
        assertThat(shapes.get("dense_1")).isEqualTo(new NodeShape(16, 48, 48));
        assertThat(shapes.get("layer_norm_1")).isEqualTo(new NodeShape(16, 16, 16));
    }

    @Test
    void dropoutNoiseAndActivationPassTheSizeThroughWithoutParameters() {
        Map<String, NodeShape> shapes = ShapeInference.infer(Graphs.around(dense(16), new DropoutSpec(0.5),
                new GaussianNoiseSpec(0.1), new GaussianDropoutSpec(0.2), new AlphaDropoutSpec(0.1),
                new ActivationSpec(Activation.TANH)));
        for (String id : new String[]{"dropout_1", "gaussian_noise_1", "gaussian_dropout_1", "alpha_dropout_1",
                "activation_1"}) {
            assertThat(shapes.get(id)).as(id).isEqualTo(new NodeShape(16, 0, 0));
        }
        assertThat(shapes.get("output_1")).isEqualTo(new NodeShape(2, 34, 34));
    }

    @Test
    void concatenateSumsItsInputsAndAddKeepsTheCommonSize() {
        Map<String, NodeShape> concat = ShapeInference.infer(branches(16, 8, concatenate()));
        assertThat(concat.get("merge_1")).isEqualTo(new NodeShape(24, 0, 0));
        assertThat(concat.get("output_1")).isEqualTo(new NodeShape(2, 50, 50));
        Map<String, NodeShape> sum = ShapeInference.infer(branches(16, 16, add()));
        assertThat(sum.get("merge_1")).isEqualTo(new NodeShape(16, 0, 0));
    }

    @Test
    void nodesBehindProblemsAreLeftOut() {
        assertThat(ShapeInference.infer(branches(16, 8, add()))).doesNotContainKeys("merge_1", "output_1")
                .containsKeys("dense_1", "dense_2");
        assertThat(ShapeInference.infer(Graphs.around(dense(0), dense(4))))
                .containsOnlyKeys("input_1");
        assertThat(ShapeInference.infer(ModelGraph.chain(dense(4), softmax(2)))).isEmpty();
        ModelGraph cycle = ModelGraph.chain(input(2), dense(4), dense(4), softmax(2)).connect("dense_2", "dense_1");
        assertThat(ShapeInference.infer(cycle)).containsOnlyKeys("input_1");
    }

    @Test
    void aNodeShapeRefusesImpossibleCounts() {
        assertThatThrownBy(() -> new NodeShape(0, 0, 0)).hasMessage("output size must be at least 1, found 0");
        assertThatThrownBy(() -> new NodeShape(4, 10, 12))
                .hasMessage("parameters must be 0 or more with trainable ones among them,"
                        + " found 10 of which 12 trainable");
    }

}
