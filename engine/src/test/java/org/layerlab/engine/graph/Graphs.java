package org.layerlab.engine.graph;

import java.util.ArrayList;
import java.util.List;

/** Builds test graphs with chosen ids, wired by "from -> to" pairs, without the editor's safety checks. */
public final class Graphs {

    private final List<Node> nodes = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();

    public static Graphs builder() {
        return new Graphs();
    }

    public Graphs node(String id, LayerSpec spec) {
        nodes.add(new Node(id, spec, 100 + 200.0 * nodes.size(), 200));
        return this;
    }

    /** Connects each id to the next: edge("a", "b", "c") adds a -> b and b -> c. */
    public Graphs edge(String... path) {
        for (int i = 1; i < path.length; i++) {
            edges.add(new Edge(path[i - 1], path[i]));
        }
        return this;
    }

    public ModelGraph build() {
        return new ModelGraph(nodes, edges);
    }

    public static InputSpec input(int features) {
        return new InputSpec(features);
    }

    public static DenseSpec dense(int units) {
        return DenseSpec.of(units, Activation.RELU);
    }

    public static OutputSpec softmax(int units) {
        return new OutputSpec(units, Activation.SOFTMAX, Loss.CATEGORICAL_CROSSENTROPY);
    }

    public static OutputSpec sigmoid(int units) {
        return new OutputSpec(units, Activation.SIGMOID, Loss.BINARY_CROSSENTROPY);
    }

    public static MergeSpec concatenate() {
        return new MergeSpec(MergeMode.CONCATENATE);
    }

    public static MergeSpec add() {
        return new MergeSpec(MergeMode.ADD);
    }

    /** Input 2 -> the given layers -> Output 2 softmax, ids from the kinds. */
    public static ModelGraph around(LayerSpec... hidden) {
        LayerSpec[] specs = new LayerSpec[hidden.length + 2];
        specs[0] = input(2);
        System.arraycopy(hidden, 0, specs, 1, hidden.length);
        specs[specs.length - 1] = softmax(2);
        return ModelGraph.chain(specs);
    }

    /** Input 2 -> dense_1 (a units) and dense_2 (b units) -> merge_1 -> Output 2. */
    public static ModelGraph branches(int a, int b, MergeSpec merge) {
        return Graphs.builder()
                .node("input_1", input(2))
                .node("dense_1", dense(a))
                .node("dense_2", dense(b))
                .node("merge_1", merge)
                .node("output_1", softmax(2))
                .edge("input_1", "dense_1", "merge_1", "output_1")
                .edge("input_1", "dense_2", "merge_1")
                .build();
    }

    private Graphs() {
    }
}
