package org.layerlab.engine.graph;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.layerlab.engine.graph.Graphs.add;
import static org.layerlab.engine.graph.Graphs.branches;
import static org.layerlab.engine.graph.Graphs.concatenate;
import static org.layerlab.engine.graph.Graphs.dense;
import static org.layerlab.engine.graph.Graphs.input;
import static org.layerlab.engine.graph.Graphs.softmax;

/** How nodes are wired: ends, connections, merges, cycles and where LayerNormalization may go. */
class GraphValidatorStructureTest {

    private static List<Problem> problems(ModelGraph graph) {
        return GraphValidator.validate(graph, null);
    }

    @Test
    void anEmptyGraphNeedsAnInputAndAnOutput() {
        assertThat(problems(ModelGraph.empty())).containsExactly(
                new Problem(null, "the graph needs an Input node"),
                new Problem(null, "the graph needs an Output node"));
    }

    @Test
    void aGraphWithoutInputNodeIsReported() {
        assertThat(problems(ModelGraph.chain(dense(4), softmax(2))))
                .contains(new Problem(null, "the graph needs an Input node"))
                .doesNotContain(new Problem(null, "the graph needs an Output node"));
    }

    @Test
    void onlyOneInputNodeIsAllowed() {
        ModelGraph graph = Graphs.builder()
                .node("input_1", input(2))
                .node("input_2", input(2))
                .node("merge_1", concatenate())
                .node("output_1", softmax(2))
                .edge("input_1", "merge_1", "output_1")
                .edge("input_2", "merge_1")
                .build();
        assertThat(problems(graph))
                .containsExactly(new Problem(null, "only one Input node is allowed, found 2: input_1, input_2"));
    }

    @Test
    void onlyOneOutputNodeIsAllowed() {
        ModelGraph graph = Graphs.builder()
                .node("input_1", input(2))
                .node("dense_1", dense(4))
                .node("output_1", softmax(2))
                .node("output_2", softmax(2))
                .edge("input_1", "dense_1", "output_1")
                .edge("dense_1", "output_2")
                .build();
        assertThat(problems(graph))
                .containsExactly(new Problem(null, "only one Output node is allowed, found 2: output_1, output_2"));
    }

    @Test
    void aLayerWithoutInputIsNotConnected() {
        ModelGraph graph = Graphs.builder()
                .node("input_1", input(2))
                .node("dense_1", dense(4))
                .node("dense_3", dense(4))
                .node("merge_1", concatenate())
                .node("output_1", softmax(2))
                .edge("input_1", "dense_1", "merge_1", "output_1")
                .edge("dense_3", "merge_1")
                .build();
        assertThat(problems(graph))
                .containsExactly(new Problem("dense_3", "layer 'dense_3' is not connected: it has no input"));
    }

    @Test
    void anOutputWithoutInputIsNotConnected() {
        ModelGraph graph = Graphs.builder().node("input_1", input(2)).node("output_1", softmax(2)).build();
        assertThat(problems(graph)).containsExactly(
                new Problem("input_1", "layer 'input_1' is not connected to the output"),
                new Problem("output_1", "layer 'output_1' is not connected: it has no input"));
    }

    @Test
    void aLayerWhoseOutputGoesNowhereIsNotConnectedToTheOutput() {
        ModelGraph graph = Graphs.builder()
                .node("input_1", input(2))
                .node("dense_1", dense(4))
                .node("dense_2", dense(4))
                .node("output_1", softmax(2))
                .edge("input_1", "dense_1", "output_1")
                .edge("input_1", "dense_2")
                .build();
        assertThat(problems(graph))
                .containsExactly(new Problem("dense_2", "layer 'dense_2' is not connected to the output"));
    }

    @Test
    void aLayerFedOnlyByADetachedBranchCannotBeReachedFromTheInput() {
        ModelGraph graph = Graphs.builder()
                .node("input_1", input(2))
                .node("dense_1", dense(4))
                .node("dense_2", dense(4))
                .node("dense_3", dense(4))
                .node("merge_1", concatenate())
                .node("output_1", softmax(2))
                .edge("input_1", "dense_1", "merge_1", "output_1")
                .edge("dense_2", "dense_3", "merge_1")
                .build();
        assertThat(problems(graph)).containsExactly(
                new Problem("dense_2", "layer 'dense_2' is not connected: it has no input"),
                new Problem("dense_3", "layer 'dense_3' cannot be reached from the input"));
    }

    @Test
    void theInputCannotHaveAnInput() {
        ModelGraph graph = Graphs.builder()
                .node("input_1", input(2))
                .node("output_1", softmax(2))
                .node("dense_2", dense(2))
                .edge("input_1", "output_1")
                .edge("dense_2", "input_1")
                .build();
        assertThat(problems(graph)).containsExactly(
                new Problem("input_1", "'input_1' is the Input and cannot have an input, found one from 'dense_2'"),
                new Problem("dense_2", "layer 'dense_2' is not connected: it has no input"));
    }

    @Test
    void theOutputMustComeLast() {
        ModelGraph graph = ModelGraph.chain(input(2), dense(4), softmax(2), dense(4));
        assertThat(problems(graph)).containsExactly(
                new Problem("output_1", "'output_1' is the Output and must come last, found an edge to 'dense_2'"),
                new Problem("dense_2", "layer 'dense_2' is not connected to the output"));
    }

    @Test
    void twoInputsIntoALayerThatIsNotAMergeAreReported() {
        ModelGraph graph = Graphs.builder()
                .node("input_1", input(2))
                .node("dense_1", dense(4))
                .node("dense_2", dense(4))
                .node("dense_3", dense(4))
                .node("output_1", softmax(2))
                .edge("input_1", "dense_1", "dense_3", "output_1")
                .edge("input_1", "dense_2", "dense_3")
                .build();
        assertThat(problems(graph))
                .containsExactly(new Problem("dense_3", "'dense_3' has 2 inputs: join branches with a Merge node"));
    }

    @Test
    void aMergeNeedsAtLeastTwoInputs() {
        assertThat(problems(ModelGraph.chain(input(2), concatenate(), softmax(2))))
                .containsExactly(new Problem("merge_1", "merge 'merge_1' needs at least 2 inputs, found 1"));
    }

    @Test
    void addNeedsInputsOfOneSize() {
        assertThat(problems(branches(16, 8, add())))
                .containsExactly(new Problem("merge_1", "add needs inputs of one size, found 16 and 8"));
    }

    @Test
    void addOfEqualSizesAndConcatenateOfAnySizesAreValid() {
        assertThat(problems(branches(16, 16, add()))).isEmpty();
        assertThat(problems(branches(16, 8, concatenate()))).isEmpty();
    }

    @Test
    void aCycleIsReportedOnceWithTheNodesOnIt() {
        ModelGraph graph = Graphs.builder()
                .node("input_1", input(2))
                .node("merge_1", concatenate())
                .node("dense_1", dense(4))
                .node("dense_2", dense(4))
                .node("output_1", softmax(2))
                .edge("input_1", "merge_1", "dense_1", "dense_2", "output_1")
                .edge("dense_2", "merge_1")
                .build();
        assertThat(problems(graph))
                .containsExactly(new Problem("merge_1", "cycle through merge_1 -> dense_1 -> dense_2 -> merge_1"));
    }

    @Test
    void aCycleBetweenTwoDenseLayersNamesBoth() {
        ModelGraph graph = ModelGraph.chain(input(2), dense(4), dense(4), softmax(2)).connect("dense_2", "dense_1");
        assertThat(problems(graph)).containsExactly(
                new Problem("dense_1", "'dense_1' has 2 inputs: join branches with a Merge node"),
                new Problem("dense_1", "cycle through dense_1 -> dense_2 -> dense_1"));
    }

    @Test
    void aNodeConnectedToItselfFromAFileIsACycle() {
        ModelGraph chain = ModelGraph.chain(input(2), dense(4), softmax(2));
        List<Edge> edges = new ArrayList<>(chain.edges());
        edges.add(new Edge("dense_1", "dense_1"));
        assertThat(problems(new ModelGraph(chain.nodes(), edges)))
                .contains(new Problem("dense_1", "cycle through dense_1 -> dense_1"));
    }

    @Test
    void layerNormMustFollowADenseLayer() {
        ModelGraph graph = Graphs.around(dense(8), new DropoutSpec(0.2), new LayerNormSpec());
        assertThat(problems(graph)).containsExactly(new Problem("layer_norm_1",
                "LayerNormalization must come right after a Dense layer; 'layer_norm_1' follows 'dropout_1'"));
    }

    @Test
    void layerNormMustBeTheOnlyLayerAfterItsDense() {
        ModelGraph graph = Graphs.builder()
                .node("input_1", input(2))
                .node("dense_1", dense(8))
                .node("layer_norm_1", new LayerNormSpec())
                .node("merge_1", concatenate())
                .node("output_1", softmax(2))
                .edge("input_1", "dense_1", "layer_norm_1", "merge_1", "output_1")
                .edge("dense_1", "merge_1")
                .build();
        assertThat(problems(graph)).containsExactly(new Problem("layer_norm_1",
                "LayerNormalization must be the only layer after its Dense layer; 'dense_1' also feeds 'merge_1'"));
    }

    @Test
    void layerNormRightAfterADenseIsValid() {
        assertThat(problems(Graphs.around(dense(8), new LayerNormSpec(), new DropoutSpec(0.1)))).isEmpty();
    }

    @Test
    void faultsOfAHandEditedFileAreReportedNotThrown() {
        List<Node> nodes = List.of(
                new Node("input_1", input(2), 0, 0),
                new Node("output_1", softmax(2), 200, 0),
                new Node("output_1", softmax(3), 400, 0));
        List<Edge> edges = List.of(new Edge("input_1", "output_1"), new Edge("input_1", "output_1"),
                new Edge("input_1", "ghost_1"), new Edge("ghost_2", "ghost_3"));
        ModelGraph graph = new ModelGraph(nodes, edges);
        assertThatCode(() -> GraphValidator.validate(graph, null)).doesNotThrowAnyException();
        assertThat(problems(graph)).containsExactly(
                new Problem(null, "an edge from 'ghost_2' to 'ghost_3' names a node that does not exist: 'ghost_2'"),
                new Problem("input_1",
                        "an edge from 'input_1' to 'ghost_1' names a node that does not exist: 'ghost_1'"),
                new Problem("output_1", "more than one node has the id 'output_1'"),
                new Problem("output_1", "'input_1' is connected to 'output_1' twice"));
    }

    @Test
    void everyStructuralProblemIsReportedAtOnce() {
        ModelGraph graph = Graphs.builder()
                .node("dense_1", dense(4))
                .node("dense_2", dense(4))
                .edge("dense_1", "dense_2")
                .build();
        assertThat(problems(graph)).containsExactly(
                new Problem(null, "the graph needs an Input node"),
                new Problem(null, "the graph needs an Output node"),
                new Problem("dense_1", "layer 'dense_1' is not connected: it has no input"));
    }

}
