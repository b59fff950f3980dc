package org.layerlab.engine.graph;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.layerlab.engine.graph.Graphs.dense;
import static org.layerlab.engine.graph.Graphs.input;
import static org.layerlab.engine.graph.Graphs.softmax;

/** The Keras-style summary: rows in topological order and the parameter totals. */
class ModelSummaryTest {

    @Test
    void mnistSoftmaxRegressionHas7850Parameters() {
        ModelSummary summary = ModelSummary.of(ModelGraph.chain(input(784), softmax(10)));
        assertThat(summary.rows()).containsExactly(
                new ModelSummary.Row("input_1", "input_1 (Input)", "(None, 784)", 0),
                new ModelSummary.Row("output_1", "output_1 (Output)", "(None, 10)", 7850));
        assertThat(summary.totalParameters()).isEqualTo(7850);
        assertThat(summary.trainableParameters()).isEqualTo(7850);
        assertThat(summary.nonTrainableParameters()).isZero();
        assertThat(summary.complete()).isTrue();
    }

    @Test
    void mnistMlpHas567434Parameters() {
        ModelSummary summary = ModelSummary.of(
                ModelGraph.chain(input(784), dense(512), dense(256), dense(128), softmax(10)));
        assertThat(summary.totalParameters()).isEqualTo(567_434);
        assertThat(summary.trainableParameters()).isEqualTo(567_434);
        assertThat(summary.rows()).extracting(ModelSummary.Row::parameters)
                .containsExactly(0L, 401_920L, 131_328L, 32_896L, 1_290L);
    }

    @Test
    void batchNormMovingAveragesAreNonTrainable() {
        ModelSummary summary = ModelSummary.of(Graphs.around(dense(16), BatchNormSpec.defaults()));
        // dense 2*16+16 = 48, batch norm 4*16 = 64 (32 trainable), output 16*2+2 = 34
        assertThat(summary.totalParameters()).isEqualTo(146);
        assertThat(summary.trainableParameters()).isEqualTo(114);
        assertThat(summary.nonTrainableParameters()).isEqualTo(32);
    }

    @Test
    void rowsFollowTheDataNotTheOrderNodesWereAdded() {
        ModelGraph graph = Graphs.builder()
                .node("output_1", softmax(2))
                .node("dense_1", dense(4))
                .node("input_1", input(2))
                .edge("input_1", "dense_1", "output_1")
                .build();
        assertThat(ModelSummary.of(graph).rows()).extracting(ModelSummary.Row::nodeId)
                .containsExactly("input_1", "dense_1", "output_1");
    }

    @Test
    void nodesOfUnknownShapeComeLastAndMakeTheSummaryIncomplete() {
        ModelGraph graph = Graphs.around(dense(4)).withNode(new Node("dense_2", dense(8), 0, 0));
        ModelSummary summary = ModelSummary.of(graph);
        assertThat(summary.complete()).isFalse();
        assertThat(summary.rows()).last().isEqualTo(new ModelSummary.Row("dense_2", "dense_2 (Dense)", "?", 0));
        assertThat(summary.totalParameters()).isEqualTo(12 + 10);
    }

    @Test
    void printsAKerasStyleTable() {
        String text = ModelSummary.of(ModelGraph.chain(input(784), dense(512), softmax(10))).toText();
        assertThat(text).isEqualTo("""
                ___________________________________________
                 Layer (type)        Output Shape   Param #
                ===========================================
                 input_1 (Input)     (None, 784)    0
                 dense_1 (Dense)     (None, 512)    401,920
                 output_1 (Output)   (None, 10)     5,130
                ===========================================
                Total params: 407,050
                Trainable params: 407,050
                Non-trainable params: 0
                ___________________________________________
                """);
    }

    @Test
    void printsUnknownShapesAsQuestionMarks() {
        String text = ModelSummary.of(ModelGraph.chain(dense(4), softmax(2))).toText();
        assertThat(text).contains(" dense_1 (Dense)     ?              ?\n").contains("Total params: 0\n");
    }
}
