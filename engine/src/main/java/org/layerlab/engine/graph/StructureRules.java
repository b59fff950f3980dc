package org.layerlab.engine.graph;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks how the nodes are wired: one Input and one Output, every layer on a path from the input
 * to the output, branches joined by Merge nodes, no cycles, and LayerNormalization placed where
 * DL4J can build it (inside the Dense layer right before it).
 */
final class StructureRules {

    private final Topology topology;
    private final Map<String, NodeShape> shapes;
    private final List<Problem> problems;

    private StructureRules(Topology topology, Map<String, NodeShape> shapes, List<Problem> problems) {
        this.topology = topology;
        this.shapes = shapes;
        this.problems = problems;
    }

    static void check(Topology topology, Map<String, NodeShape> shapes, List<Problem> problems) {
        StructureRules rules = new StructureRules(topology, shapes, problems);
        rules.checkFileIntegrity();
        rules.checkEnds(LayerKind.INPUT, "Input");
        rules.checkEnds(LayerKind.OUTPUT, "Output");
        rules.checkConnections();
        for (Node node : topology.nodes().values()) {
            rules.checkInputCount(node);
            if (node.kind() == LayerKind.LAYER_NORM) {
                rules.checkLayerNorm(node);
            }
        }
        rules.checkCycles();
    }

    /** Faults only a hand-edited or damaged file can have: the editor never makes them. */
    private void checkFileIntegrity() {
        for (String id : topology.duplicateIds()) {
            problems.add(new Problem(id, "more than one node has the id '" + id + "'"));
        }
        for (Edge edge : topology.danglingEdges()) {
            boolean fromKnown = topology.node(edge.from()) != null;
            boolean toKnown = topology.node(edge.to()) != null;
            String attachTo = fromKnown ? edge.from() : toKnown ? edge.to() : null;
            problems.add(new Problem(attachTo, "an edge from '" + edge.from() + "' to '" + edge.to()
                    + "' names a node that does not exist: '" + (fromKnown ? edge.to() : edge.from()) + "'"));
        }
        for (Edge edge : topology.repeatedEdges()) {
            problems.add(new Problem(edge.to(), "'" + edge.from() + "' is connected to '" + edge.to() + "' twice"));
        }
    }

    private void checkEnds(LayerKind kind, String name) {
        List<Node> found = topology.ofKind(kind);
        if (found.isEmpty()) {
            problems.add(new Problem(null, "the graph needs an " + name + " node"));
        } else if (found.size() > 1) {
            problems.add(new Problem(null, "only one " + name + " node is allowed, found " + found.size() + ": "
                    + found.stream().map(Node::id).collect(Collectors.joining(", "))));
        }
    }

    private void checkConnections() {
        List<String> inputIds = topology.ofKind(LayerKind.INPUT).stream().map(Node::id).toList();
        List<String> outputIds = topology.ofKind(LayerKind.OUTPUT).stream().map(Node::id).toList();
        Set<String> fromInput = topology.downstreamOf(inputIds);
        Set<String> toOutput = topology.upstreamOf(outputIds);
        for (Node node : topology.nodes().values()) {
            String id = node.id();
            List<String> in = topology.inputsOf(id);
            List<String> out = topology.outputsOf(id);
            if (node.kind() == LayerKind.INPUT) {
                in.forEach(from -> add(id, "'" + id + "' is the Input and cannot have an input, found one from '"
                        + from + "'"));
            } else if (in.isEmpty()) {
                add(id, "layer '" + id + "' is not connected: it has no input");
            } else if (!inputIds.isEmpty() && !fromInput.contains(id)) {
                add(id, "layer '" + id + "' cannot be reached from the input");
            }
            if (node.kind() == LayerKind.OUTPUT) {
                out.forEach(to -> add(id, "'" + id + "' is the Output and must come last, found an edge to '"
                        + to + "'"));
            } else if (!outputIds.isEmpty() && !toOutput.contains(id)) {
                add(id, "layer '" + id + "' is not connected to the output");
            }
        }
    }

    private void checkInputCount(Node node) {
        String id = node.id();
        List<String> in = topology.inputsOf(id);
        if (node.kind() == LayerKind.MERGE) {
            if (in.size() == 1) {
                add(id, "merge '" + id + "' needs at least 2 inputs, found 1");
            } else if (in.size() >= 2 && ((MergeSpec) node.spec()).mode() == MergeMode.ADD) {
                checkAddSizes(id, in);
            }
        } else if (node.kind() != LayerKind.INPUT && in.size() >= 2) {
            add(id, "'" + id + "' has " + in.size() + " inputs: join branches with a Merge node");
        }
    }

    private void checkAddSizes(String id, List<String> in) {
        if (!in.stream().allMatch(shapes::containsKey)) {
            return; // an unknown size is reported where it comes from
        }
        List<Integer> sizes = in.stream().map(i -> shapes.get(i).outputSize()).toList();
        if (sizes.stream().distinct().count() > 1) {
            add(id, "add needs inputs of one size, found " + joinAnd(sizes));
        }
    }

    private void checkLayerNorm(Node node) {
        List<String> in = topology.inputsOf(node.id());
        if (in.size() != 1) {
            return; // no input, or too many: reported by the connection rules
        }
        Node before = topology.node(in.get(0));
        if (before.kind() != LayerKind.DENSE) {
            add(node.id(), "LayerNormalization must come right after a Dense layer; '" + node.id() + "' follows '"
                    + before.id() + "'");
            return;
        }
        // DL4J normalises inside the Dense layer, so every consumer of that layer sees normalised values.
        topology.outputsOf(before.id()).stream().filter(other -> !other.equals(node.id())).findFirst().ifPresent(
                other -> add(node.id(), "LayerNormalization must be the only layer after its Dense layer; '"
                        + before.id() + "' also feeds '" + other + "'"));
    }

    private void checkCycles() {
        for (List<String> cycle : topology.cycles()) {
            add(cycle.get(0), "cycle through " + String.join(" -> ", cycle));
        }
    }

    private void add(String nodeId, String message) {
        problems.add(new Problem(nodeId, message));
    }

    /** [16, 8] -> "16 and 8"; [16, 16, 8] -> "16, 16 and 8". */
    static String joinAnd(List<?> values) {
        List<String> texts = values.stream().map(String::valueOf).toList();
        if (texts.size() <= 1) {
            return String.join("", texts);
        }
        return String.join(", ", texts.subList(0, texts.size() - 1)) + " and " + texts.get(texts.size() - 1);
    }
}
