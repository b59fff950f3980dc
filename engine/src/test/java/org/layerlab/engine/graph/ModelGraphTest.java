package org.layerlab.engine.graph;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelGraphTest {

    @Test
    void chainOrdersNodesFromInputToOutput() {
        ModelGraph g = ModelGraph.chain(new InputSpec(2), DenseSpec.of(4, Activation.TANH),
                new OutputSpec(2, Activation.SOFTMAX, Loss.CATEGORICAL_CROSSENTROPY));
        assertThat(g.topologicalOrder()).hasValueSatisfying(order ->
                assertThat(order).extracting(Node::id).containsExactly("input_1", "dense_1", "output_1"));
        assertThat(g.isChain()).isTrue();
    }

    @Test
    void cycleHasNoTopologicalOrder() {
        ModelGraph g = ModelGraph.chain(DenseSpec.of(4, Activation.TANH), DenseSpec.of(4, Activation.TANH))
                .connect("dense_2", "dense_1");
        assertThat(g.topologicalOrder()).isEmpty();
    }

    @Test
    void edgeToAMissingNodeDoesNotBreakTheOrder() {
        ModelGraph g = new ModelGraph(List.of(new Node("input_1", new InputSpec(2), 0, 0)),
                List.of(new Edge("input_1", "ghost")));
        assertThat(g.topologicalOrder()).hasValueSatisfying(order -> assertThat(order).hasSize(1));
    }

    @Test
    void editsAreValuesSoUndoIsComparingRecords() {
        ModelGraph before = ModelGraph.chain(new InputSpec(2), DenseSpec.of(4, Activation.TANH));
        ModelGraph after = before.withSpec("dense_1", DenseSpec.of(16, Activation.TANH));
        assertThat(after).isNotEqualTo(before);
        assertThat(after.withSpec("dense_1", DenseSpec.of(4, Activation.TANH))).isEqualTo(before);
    }

    @Test
    void removingANodeRemovesItsEdgesAndDuplicatesAreRefused() {
        ModelGraph g = ModelGraph.chain(new InputSpec(2), DenseSpec.of(4, Activation.TANH));
        assertThat(g.without("dense_1").edges()).isEmpty();
        assertThatThrownBy(() -> g.connect("input_1", "dense_1")).hasMessageContaining("already connected");
        assertThatThrownBy(() -> g.connect("input_1", "input_1")).hasMessageContaining("itself");
    }
}
