package org.layerlab.engine.graph;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The model as the user drew it: nodes and edges, immutable. Every edit returns a new graph, which
 * makes undo/redo a stack of values. It may be invalid; {@link GraphValidator} says how.
 */
public record ModelGraph(List<Node> nodes, List<Edge> edges) {

    public ModelGraph {
        nodes = List.copyOf(nodes == null ? List.of() : nodes);
        edges = List.copyOf(edges == null ? List.of() : edges);
    }

    public static ModelGraph empty() {
        return new ModelGraph(List.of(), List.of());
    }

    /** A straight chain of layers, ids made from their kinds, laid out left to right. */
    public static ModelGraph chain(LayerSpec... specs) {
        ModelGraph graph = empty();
        String previous = null;
        for (int i = 0; i < specs.length; i++) {
            String id = graph.nextId(specs[i].kind());
            graph = graph.withNode(new Node(id, specs[i], 80 + 200.0 * i, 160));
            if (previous != null) {
                graph = graph.connect(previous, id);
            }
            previous = id;
        }
        return graph;
    }

    public Optional<Node> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** The node with this id; an {@link IllegalArgumentException} naming the id if there is none. */
    public Node require(String id) {
        return node(id).orElseThrow(() -> new IllegalArgumentException("no node with id '" + id + "'"));
    }

    /** A fresh id for a node of this kind: "dense_1", "dense_2", ... */
    public String nextId(LayerKind kind) {
        int n = 1;
        while (node(kind.key() + "_" + n).isPresent()) {
            n++;
        }
        return kind.key() + "_" + n;
    }

    public ModelGraph withNode(Node node) {
        if (node(node.id()).isPresent()) {
            throw new IllegalArgumentException("a node with id '" + node.id() + "' already exists");
        }
        List<Node> copy = new ArrayList<>(nodes);
        copy.add(node);
        return new ModelGraph(copy, edges);
    }

    /** Replaces the node with the same id (its spec or position). */
    public ModelGraph withReplaced(Node node) {
        require(node.id());
        List<Node> copy = new ArrayList<>(nodes);
        copy.replaceAll(n -> n.id().equals(node.id()) ? node : n);
        return new ModelGraph(copy, edges);
    }

    public ModelGraph withSpec(String id, LayerSpec spec) {
        return withReplaced(require(id).withSpec(spec));
    }

    public ModelGraph withMoved(String id, double x, double y) {
        return withReplaced(require(id).movedTo(x, y));
    }

    /** Removes the node and every edge that touches it. */
    public ModelGraph without(String id) {
        require(id);
        return new ModelGraph(
                nodes.stream().filter(n -> !n.id().equals(id)).toList(),
                edges.stream().filter(e -> !e.from().equals(id) && !e.to().equals(id)).toList());
    }

    /** Adds an edge; connecting the same pair twice or a node to itself is refused with the ids. */
    public ModelGraph connect(String from, String to) {
        require(from);
        require(to);
        if (from.equals(to)) {
            throw new IllegalArgumentException("cannot connect '" + from + "' to itself");
        }
        Edge edge = new Edge(from, to);
        if (edges.contains(edge)) {
            throw new IllegalArgumentException("'" + from + "' is already connected to '" + to + "'");
        }
        List<Edge> copy = new ArrayList<>(edges);
        copy.add(edge);
        return new ModelGraph(nodes, copy);
    }

    public ModelGraph disconnect(String from, String to) {
        return new ModelGraph(nodes, edges.stream().filter(e -> !(e.from().equals(from) && e.to().equals(to))).toList());
    }

    /** Ids of the nodes feeding {@code id}, in edge order. */
    public List<String> inputsOf(String id) {
        return edges.stream().filter(e -> e.to().equals(id)).map(Edge::from).toList();
    }

    /** Ids of the nodes {@code id} feeds, in edge order. */
    public List<String> outputsOf(String id) {
        return edges.stream().filter(e -> e.from().equals(id)).map(Edge::to).toList();
    }

    public List<Node> nodesOfKind(LayerKind kind) {
        return nodes.stream().filter(n -> n.kind() == kind).toList();
    }

    /**
     * The nodes in an order where every node comes after its inputs, or empty when the graph has a
     * cycle. Ties keep the order of {@link #nodes()}.
     */
    @JsonIgnore
    public Optional<List<Node>> topologicalOrder() {
        Map<String, Integer> indegree = new LinkedHashMap<>();
        nodes.forEach(n -> indegree.put(n.id(), 0));
        for (Edge e : edges) {
            indegree.computeIfPresent(e.to(), (k, v) -> v + 1);
        }
        Deque<String> ready = new ArrayDeque<>();
        indegree.forEach((id, d) -> {
            if (d == 0) {
                ready.add(id);
            }
        });
        List<Node> order = new ArrayList<>();
        Map<String, Integer> remaining = new HashMap<>(indegree);
        while (!ready.isEmpty()) {
            String id = ready.poll();
            order.add(require(id));
            for (String next : outputsOf(id)) {
                // An edge to a missing node (a hand-edited file) is skipped here; the validator reports it.
                Integer left = remaining.computeIfPresent(next, (k, v) -> v - 1);
                if (left != null && left == 0) {
                    ready.add(next);
                }
            }
        }
        return order.size() == nodes.size() ? Optional.of(order) : Optional.empty();
    }

    /** True when every node has at most one input and one output: the graph compiles to a MultiLayerNetwork. */
    @JsonIgnore
    public boolean isChain() {
        return nodes.stream().allMatch(n -> inputsOf(n.id()).size() <= 1 && outputsOf(n.id()).size() <= 1);
    }
}
