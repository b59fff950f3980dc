package org.layerlab.engine.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The wiring of a graph as read defensively: a graph loaded from a file may repeat ids, repeat
 * edges or point edges at nodes that do not exist, and the validator must still say everything
 * else that is wrong. Keeps the first node of each id and the edges between known nodes, once each.
 */
final class Topology {

    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final List<String> duplicateIds = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();
    private final List<Edge> danglingEdges = new ArrayList<>();
    private final List<Edge> repeatedEdges = new ArrayList<>();
    private final Map<String, List<String>> inputs = new HashMap<>();
    private final Map<String, List<String>> outputs = new HashMap<>();

    Topology(ModelGraph graph) {
        for (Node node : graph.nodes()) {
            if (nodes.putIfAbsent(node.id(), node) != null && !duplicateIds.contains(node.id())) {
                duplicateIds.add(node.id());
            }
        }
        Set<Edge> seen = new HashSet<>();
        for (Edge edge : graph.edges()) {
            if (!nodes.containsKey(edge.from()) || !nodes.containsKey(edge.to())) {
                danglingEdges.add(edge);
            } else if (!seen.add(edge)) {
                repeatedEdges.add(edge);
            } else {
                edges.add(edge);
                outputs.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge.to());
                inputs.computeIfAbsent(edge.to(), k -> new ArrayList<>()).add(edge.from());
            }
        }
    }

    /** The nodes by id, in the graph's order, first of each id. */
    Map<String, Node> nodes() {
        return nodes;
    }

    Node node(String id) {
        return nodes.get(id);
    }

    List<String> duplicateIds() {
        return duplicateIds;
    }

    List<Edge> danglingEdges() {
        return danglingEdges;
    }

    List<Edge> repeatedEdges() {
        return repeatedEdges;
    }

    List<String> inputsOf(String id) {
        return inputs.getOrDefault(id, List.of());
    }

    List<String> outputsOf(String id) {
        return outputs.getOrDefault(id, List.of());
    }

    List<Node> ofKind(LayerKind kind) {
        return nodes.values().stream().filter(n -> n.kind() == kind).toList();
    }

    /**
     * Ids in an order where each node follows its inputs; nodes on a cycle, and everything after
     * one, are left out. Ties keep the graph's order.
     */
    List<String> order() {
        Map<String, Integer> waiting = new HashMap<>();
        Deque<String> ready = new ArrayDeque<>();
        for (String id : nodes.keySet()) {
            waiting.put(id, inputsOf(id).size());
            if (inputsOf(id).isEmpty()) {
                ready.add(id);
            }
        }
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String id = ready.poll();
            order.add(id);
            for (String next : outputsOf(id)) {
                if (waiting.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        return order;
    }

    /** Every node reachable from {@code starts} along edges, the starts included. */
    Set<String> downstreamOf(List<String> starts) {
        return walk(starts, true);
    }

    /** Every node from which one of {@code targets} is reachable, the targets included. */
    Set<String> upstreamOf(List<String> targets) {
        return walk(targets, false);
    }

    private Set<String> walk(List<String> starts, boolean forward) {
        Set<String> seen = new LinkedHashSet<>(starts);
        Deque<String> todo = new ArrayDeque<>(starts);
        while (!todo.isEmpty()) {
            for (String next : forward ? outputsOf(todo.poll()) : inputsOf(todo.poll())) {
                if (seen.add(next)) {
                    todo.add(next);
                }
            }
        }
        return seen;
    }

    /**
     * One closed path per cycle found by a depth-first search in the graph's order, e.g.
     * [dense_1, dense_2, dense_1]; the first id is where the search entered the cycle.
     */
    List<List<String>> cycles() {
        Map<String, Integer> state = new HashMap<>(); // absent: unseen, 1: on the path, 2: done
        List<List<String>> cycles = new ArrayList<>();
        Set<Set<String>> found = new HashSet<>();
        for (String start : nodes.keySet()) {
            if (!state.containsKey(start)) {
                search(start, state, new ArrayList<>(), cycles, found);
            }
        }
        return cycles;
    }

    // Graphs drawn by hand have tens of nodes, so recursion depth is no concern.
    private void search(String id, Map<String, Integer> state, List<String> path, List<List<String>> cycles,
                        Set<Set<String>> found) {
        state.put(id, 1);
        path.add(id);
        for (String next : outputsOf(id)) {
            Integer s = state.get(next);
            if (s == null) {
                search(next, state, path, cycles, found);
            } else if (s == 1) {
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(next), path.size()));
                if (found.add(new TreeSet<>(cycle))) {
                    cycle.add(next);
                    cycles.add(cycle);
                }
            }
        }
        path.remove(path.size() - 1);
        state.put(id, 2);
    }
}
