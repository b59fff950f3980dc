package org.layerlab.engine.dl4j;

import org.layerlab.engine.graph.AlphaDropoutSpec;
import org.layerlab.engine.graph.BatchNormSpec;
import org.layerlab.engine.graph.DataShape;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.graph.DropoutSpec;
import org.layerlab.engine.graph.GaussianDropoutSpec;
import org.layerlab.engine.graph.GaussianNoiseSpec;
import org.layerlab.engine.graph.InputSpec;
import org.layerlab.engine.graph.LayerKind;
import org.layerlab.engine.graph.Loss;
import org.layerlab.engine.graph.MergeMode;
import org.layerlab.engine.graph.MergeSpec;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.Node;
import org.layerlab.engine.graph.OutputSpec;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A model graph checked and arranged for compilation: nodes in topological order, each
 * LayerNormalization folded into the Dense right before it, the size of every node's output, and
 * how the labels must be encoded for the output layer. Anything DL4J could not compile is refused
 * here with an {@link IllegalArgumentException} naming the node and the value.
 *
 * @param order       every node, inputs before the nodes they feed
 * @param vertexOf    graph node id to the compiled layer/vertex id (a LayerNorm maps to its Dense)
 * @param layerNormed ids of the Dense nodes that carry a folded layer normalization
 * @param sizes       output size of every node
 * @param chain       true when the graph compiles to a MultiLayerNetwork
 */
record NetworkPlan(ModelGraph graph, List<Node> order, String inputId, String outputId, OutputSpec output,
                   Map<String, String> vertexOf, Set<String> layerNormed, Map<String, Integer> sizes,
                   int features, int classes, LabelEncoding encoding, boolean chain) {

    static NetworkPlan of(ModelGraph graph, DataShape shape) {
        List<Node> order = graph.topologicalOrder()
                .orElseThrow(() -> new IllegalArgumentException("the graph has a cycle: it cannot be compiled"));
        if (order.isEmpty()) {
            throw new IllegalArgumentException("the graph is empty: add an Input and an Output node");
        }
        Node input = single(graph, LayerKind.INPUT);
        Node output = single(graph, LayerKind.OUTPUT);
        checkEdges(graph, order, input, output);
        checkReachesOutput(graph, output);

        Map<String, String> vertexOf = new LinkedHashMap<>();
        Set<String> layerNormed = new HashSet<>();
        for (Node node : order) {
            if (node.kind() == LayerKind.LAYER_NORM) {
                String dense = graph.inputsOf(node.id()).get(0);
                if (graph.require(dense).kind() != LayerKind.DENSE) {
                    throw new IllegalArgumentException(node.id() + ": LayerNormalization must come right after a Dense"
                            + " layer (it normalises that layer's summed inputs), found " + graph.require(dense).kind()
                            .displayName() + " '" + dense + "'");
                }
                if (graph.outputsOf(dense).size() != 1) {
                    throw new IllegalArgumentException(node.id() + ": the Dense '" + dense + "' before it also feeds "
                            + "other nodes; LayerNormalization is folded into that Dense, so it must be its only output");
                }
                layerNormed.add(dense);
                vertexOf.put(node.id(), vertexOf.get(dense));
            } else {
                vertexOf.put(node.id(), node.id());
            }
        }
        Map<String, Integer> sizes = inferSizes(graph, order);
        int features = ((InputSpec) input.spec()).features();
        if (features != shape.features()) {
            throw new IllegalArgumentException(input.id() + ": the input has " + features + " features but "
                    + shape.datasetName() + " has " + shape.features());
        }
        OutputSpec out = (OutputSpec) output.spec();
        LabelEncoding encoding = encodingFor(output.id(), out, shape);
        boolean chain = graph.isChain() && graph.nodesOfKind(LayerKind.MERGE).isEmpty();
        return new NetworkPlan(graph, order, input.id(), output.id(), out, Map.copyOf(vertexOf), Set.copyOf(layerNormed),
                Map.copyOf(sizes), features, shape.classes(), encoding, chain);
    }

    /** The compiled id feeding {@code nodeId} (its single input, with LayerNorms resolved to their Dense). */
    String inputVertexOf(String nodeId) {
        return vertexOf.get(graph.inputsOf(nodeId).get(0));
    }

    /** Compiled ids of every input of {@code nodeId}, in edge order. */
    List<String> inputVerticesOf(String nodeId) {
        return graph.inputsOf(nodeId).stream().map(vertexOf::get).toList();
    }

    /** The nodes that become a DL4J layer or vertex (not Input, not the folded LayerNorms), in order. */
    List<Node> compiledNodes() {
        return order.stream().filter(n -> n.kind() != LayerKind.INPUT && n.kind() != LayerKind.LAYER_NORM).toList();
    }

    boolean isClassification() {
        return encoding.isClassification();
    }

    private static Node single(ModelGraph graph, LayerKind kind) {
        List<Node> nodes = graph.nodesOfKind(kind);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("the graph has no " + kind.displayName() + " node");
        }
        if (nodes.size() > 1) {
            throw new IllegalArgumentException("only one " + kind.displayName() + " node is supported, found "
                    + nodes.size() + ": " + nodes.stream().map(Node::id).collect(Collectors.joining(", ")));
        }
        return nodes.get(0);
    }

    private static void checkEdges(ModelGraph graph, List<Node> order, Node input, Node output) {
        if (!graph.inputsOf(input.id()).isEmpty()) {
            throw new IllegalArgumentException(input.id() + ": the Input node cannot have inputs, found "
                    + graph.inputsOf(input.id()));
        }
        if (!graph.outputsOf(output.id()).isEmpty()) {
            throw new IllegalArgumentException(output.id() + ": the Output node must be last, but it feeds "
                    + graph.outputsOf(output.id()));
        }
        for (Node node : order) {
            int inputs = graph.inputsOf(node.id()).size();
            if (node.kind() == LayerKind.INPUT) {
                continue;
            }
            if (inputs == 0) {
                throw new IllegalArgumentException(node.id() + " is not connected: it has no input");
            }
            if (node.kind() == LayerKind.MERGE && inputs < 2) {
                throw new IllegalArgumentException(node.id() + ": a Merge needs at least 2 inputs, found " + inputs);
            }
            if (node.kind() != LayerKind.MERGE && inputs > 1) {
                throw new IllegalArgumentException(node.id() + " has " + inputs + " inputs: only a Merge node joins branches");
            }
        }
    }

    /** Every node must lead to the output, or DL4J would compute (and the views show) a dead branch. */
    private static void checkReachesOutput(ModelGraph graph, Node output) {
        Set<String> reaches = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(output.id()));
        while (!todo.isEmpty()) {
            String id = todo.poll();
            if (reaches.add(id)) {
                todo.addAll(graph.inputsOf(id));
            }
        }
        for (Node node : graph.nodes()) {
            if (!reaches.contains(node.id())) {
                throw new IllegalArgumentException(node.id() + " is not connected to the output '" + output.id() + "'");
            }
        }
    }

    private static Map<String, Integer> inferSizes(ModelGraph graph, List<Node> order) {
        Map<String, Integer> sizes = new HashMap<>();
        for (Node node : order) {
            List<String> in = graph.inputsOf(node.id());
            int size;
            if (node.spec() instanceof InputSpec s) {
                size = positive(node, "features", s.features());
            } else if (node.spec() instanceof DenseSpec s) {
                size = positive(node, "units", s.units());
            } else if (node.spec() instanceof OutputSpec s) {
                size = positive(node, "units", s.units());
            } else if (node.spec() instanceof MergeSpec s) {
                size = mergedSize(node, s, in.stream().map(sizes::get).toList());
            } else {
                size = sizes.get(in.get(0));
            }
            checkSettings(node);
            sizes.put(node.id(), size);
        }
        return sizes;
    }

    private static int mergedSize(Node node, MergeSpec spec, List<Integer> inputSizes) {
        if (spec.mode() == MergeMode.CONCATENATE) {
            return inputSizes.stream().mapToInt(Integer::intValue).sum();
        }
        if (inputSizes.stream().distinct().count() > 1) {
            throw new IllegalArgumentException(node.id() + ": add needs inputs of equal size, found " + inputSizes);
        }
        return inputSizes.get(0);
    }

    private static int positive(Node node, String what, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(node.id() + ": " + what + " must be at least 1, found " + value);
        }
        return value;
    }

    private static void checkSettings(Node node) {
        if (node.spec() instanceof DropoutSpec s) {
            rate(node, s.rate());
        } else if (node.spec() instanceof GaussianDropoutSpec s) {
            rate(node, s.rate());
        } else if (node.spec() instanceof AlphaDropoutSpec s) {
            rate(node, s.rate());
        } else if (node.spec() instanceof GaussianNoiseSpec s) {
            if (!(s.stddev() >= 0) || Double.isInfinite(s.stddev())) {
                throw new IllegalArgumentException(node.id() + ": stddev must be 0 or more, found " + s.stddev());
            }
        } else if (node.spec() instanceof BatchNormSpec s) {
            if (!(s.momentum() >= 0 && s.momentum() < 1)) {
                throw new IllegalArgumentException(node.id() + ": momentum must be in [0, 1), found " + s.momentum());
            }
            if (!(s.epsilon() > 0)) {
                throw new IllegalArgumentException(node.id() + ": epsilon must be above 0, found " + s.epsilon());
            }
        }
    }

    private static void rate(Node node, double rate) {
        if (!(rate >= 0 && rate < 1)) {
            throw new IllegalArgumentException(node.id() + ": rate (fraction dropped) must be in [0, 1), found " + rate);
        }
    }

    private static LabelEncoding encodingFor(String id, OutputSpec out, DataShape shape) {
        if (shape.isRegression()) {
            if (out.loss().isClassification()) {
                throw new IllegalArgumentException(id + ": loss " + out.loss() + " needs class labels, but "
                        + shape.datasetName() + " is a regression set (use mse or mae)");
            }
            if (out.units() != 1) {
                throw new IllegalArgumentException(id + ": output has " + out.units() + " units but "
                        + shape.datasetName() + " has one regression target");
            }
            return LabelEncoding.TARGET;
        }
        if (out.units() == 1 && shape.classes() == 2) {
            if (out.loss() == Loss.CATEGORICAL_CROSSENTROPY) {
                throw new IllegalArgumentException(id + ": one output unit with categorical_crossentropy cannot learn;"
                        + " use binary_crossentropy with a sigmoid unit, or 2 softmax units");
            }
            return LabelEncoding.BINARY;
        }
        if (out.units() != shape.classes()) {
            throw new IllegalArgumentException(id + ": output has " + out.units() + " units but "
                    + shape.datasetName() + " has " + shape.classes() + " classes");
        }
        return LabelEncoding.ONE_HOT;
    }
}
