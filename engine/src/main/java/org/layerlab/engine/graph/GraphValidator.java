package org.layerlab.engine.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Says everything that is wrong with a graph, without throwing: each problem names the value at
 * fault and is attached to the node it concerns, so the canvas can outline that node. A graph with
 * no problems is one the DL4J compiler can build.
 */
public final class GraphValidator {

    private GraphValidator() {
    }

    /**
     * Every problem of {@code graph}: graph-wide ones (node id null) first, then node by node in the
     * graph's order.
     *
     * @param data the data it will train on, or null when no dataset is known yet (the checks
     *             against features and classes are then skipped)
     */
    public static List<Problem> validate(ModelGraph graph, DataShape data) {
        Objects.requireNonNull(graph, "graph");
        Topology topology = new Topology(graph);
        Map<String, NodeShape> shapes = ShapeInference.infer(topology);
        List<Problem> problems = new ArrayList<>();
        StructureRules.check(topology, shapes, problems);
        for (Node node : topology.nodes().values()) {
            ValueRules.check(node, problems);
            if (node.spec() instanceof OutputSpec output) {
                OutputRules.checkLoss(node, output, problems);
                if (data != null) {
                    OutputRules.checkData(node, output, data, problems);
                }
            } else if (node.spec() instanceof InputSpec input && data != null) {
                OutputRules.checkInput(node, input, data, problems);
            }
        }
        return inGraphOrder(problems, topology);
    }

    /** True when {@link #validate} finds nothing. */
    public static boolean isValid(ModelGraph graph, DataShape data) {
        return validate(graph, data).isEmpty();
    }

    private static List<Problem> inGraphOrder(List<Problem> problems, Topology topology) {
        Map<String, Integer> position = new HashMap<>();
        for (String id : topology.nodes().keySet()) {
            position.put(id, position.size());
        }
        List<Problem> sorted = new ArrayList<>(problems);
        // List.sort is stable: problems of one node keep the order the rules found them in.
        sorted.sort(Comparator.comparingInt(p -> p.nodeId() == null ? -1 : position.getOrDefault(p.nodeId(),
                Integer.MAX_VALUE)));
        return List.copyOf(sorted);
    }
}
