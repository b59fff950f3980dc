package org.layerlab.app.canvas;

import org.layerlab.engine.graph.Edge;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.Node;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * Placement on the canvas, as pure functions of the graph: the "tidy up" layout (columns by depth,
 * left to right; branches stacked vertically) and a free spot for a new node.
 */
final class Layout {

    /** Size assumed for a node whose view has not been measured. */
    static final double NODE_WIDTH = 150;
    static final double NODE_HEIGHT = 104;
    /** Horizontal room for a connection and its arrow between two columns. */
    static final double COLUMN_GAP = 48;
    /** Vertical room between stacked nodes, enough for a problem message under a node. */
    static final double ROW_GAP = 56;

    private Layout() {
    }

    /**
     * Lays the graph out in columns by depth (the longest path from a node without inputs), every
     * node to the right of its inputs; a node sits at the mean height of its inputs and nodes that
     * would overlap are pushed down. The top-left corner of the graph stays where it was.
     */
    static ModelGraph tidy(ModelGraph graph, ToDoubleFunction<String> widthOf, double rowPitch) {
        if (graph.nodes().isEmpty()) {
            return graph;
        }
        double originX = graph.nodes().stream().mapToDouble(Node::x).min().orElse(0);
        double originY = graph.nodes().stream().mapToDouble(Node::y).min().orElse(0);
        Map<String, Integer> depth = depths(graph);
        TreeMap<Integer, List<Node>> columns = new TreeMap<>();
        for (Node n : graph.nodes()) {
            columns.computeIfAbsent(depth.get(n.id()), d -> new ArrayList<>()).add(n);
        }
        Map<String, Double> ys = new HashMap<>();
        Map<String, Double> xs = new HashMap<>();
        double x = originX;
        for (List<Node> column : columns.values()) {
            placeColumn(graph, column, ys, rowPitch);
            double width = 0;
            for (Node n : column) {
                xs.put(n.id(), x);
                width = Math.max(width, widthOf.applyAsDouble(n.id()));
            }
            x += width + COLUMN_GAP;
        }
        double shift = originY - ys.values().stream().mapToDouble(Double::doubleValue).min().orElse(originY);
        ModelGraph result = graph;
        for (Node n : graph.nodes()) {
            result = result.withMoved(n.id(), xs.get(n.id()), ys.get(n.id()) + shift);
        }
        return result;
    }

    /** Stacks one column: each node wants the mean height of its inputs; overlaps are pushed down. */
    private static void placeColumn(ModelGraph graph, List<Node> column, Map<String, Double> ys, double pitch) {
        Map<String, Double> wanted = new LinkedHashMap<>();
        for (Node n : column) {
            List<String> inputs = graph.inputsOf(n.id()).stream().filter(ys::containsKey).toList();
            wanted.put(n.id(), inputs.isEmpty() ? Double.NaN
                    : inputs.stream().mapToDouble(ys::get).average().orElseThrow());
        }
        // Siblings that want the same height (a fan-out) spread evenly around it.
        Map<Double, List<String>> byWanted = new LinkedHashMap<>();
        wanted.forEach((id, y) -> {
            if (!y.isNaN()) {
                byWanted.computeIfAbsent(y, k -> new ArrayList<>()).add(id);
            }
        });
        byWanted.forEach((y, ids) -> {
            for (int i = 0; i < ids.size(); i++) {
                wanted.put(ids.get(i), y + (i - (ids.size() - 1) / 2.0) * pitch);
            }
        });
        // Nodes without placed inputs (sources, loops) keep their current vertical order, below the rest.
        double next = wanted.values().stream().filter(y -> !y.isNaN()).mapToDouble(Double::doubleValue)
                .max().orElse(Double.NEGATIVE_INFINITY);
        List<Node> sources = column.stream().filter(n -> wanted.get(n.id()).isNaN())
                .sorted(Comparator.comparingDouble(Node::y).thenComparingDouble(Node::x)).toList();
        double base = next == Double.NEGATIVE_INFINITY ? 0 : next + pitch;
        for (int i = 0; i < sources.size(); i++) {
            wanted.put(sources.get(i).id(), base + i * pitch);
        }
        List<Node> ordered = new ArrayList<>(column);
        ordered.sort(Comparator.comparingDouble((Node n) -> wanted.get(n.id())).thenComparingDouble(Node::y));
        double previous = Double.NEGATIVE_INFINITY;
        for (Node n : ordered) {
            double y = Math.max(wanted.get(n.id()), previous + pitch);
            ys.put(n.id(), y);
            previous = y;
        }
    }

    /** Longest path from a node without inputs; nodes caught in a loop go one column after the rest. */
    static Map<String, Integer> depths(ModelGraph graph) {
        Map<String, Integer> depth = new HashMap<>();
        Map<String, Integer> remaining = new HashMap<>();
        graph.nodes().forEach(n -> remaining.put(n.id(), 0));
        for (Edge e : graph.edges()) {
            remaining.computeIfPresent(e.to(), (k, v) -> v + 1);
        }
        List<String> ready = new ArrayList<>();
        graph.nodes().stream().filter(n -> remaining.get(n.id()) == 0).forEach(n -> ready.add(n.id()));
        for (int i = 0; i < ready.size(); i++) {
            String id = ready.get(i);
            int d = depth.computeIfAbsent(id, k -> 0);
            for (String next : graph.outputsOf(id)) {
                depth.merge(next, d + 1, Math::max);
                if (remaining.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        int max = depth.values().stream().mapToInt(Integer::intValue).max().orElse(-1);
        graph.nodes().forEach(n -> {
            if (!ready.contains(n.id())) {
                depth.put(n.id(), max + 1);
            }
        });
        return depth;
    }

    /**
     * A spot for a new node that overlaps no other: right of {@code anchorId} when given, else the
     * top-left of the canvas, moving down until it is free.
     */
    static double[] freeSpot(ModelGraph graph, String anchorId) {
        double x = 80;
        double y = 80;
        Node anchor = anchorId == null ? null : graph.node(anchorId).orElse(null);
        if (anchor != null) {
            x = anchor.x() + NODE_WIDTH + COLUMN_GAP;
            y = anchor.y();
        }
        while (overlapsAny(graph, x, y)) {
            y += NODE_HEIGHT + ROW_GAP;
        }
        return new double[] {x, y};
    }

    private static boolean overlapsAny(ModelGraph graph, double x, double y) {
        return graph.nodes().stream().anyMatch(n -> Math.abs(n.x() - x) < NODE_WIDTH + COLUMN_GAP / 2
                && Math.abs(n.y() - y) < NODE_HEIGHT + ROW_GAP / 2);
    }
}
