package org.layerlab.app.canvas;

import org.layerlab.engine.graph.Edge;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.Node;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The canvas' own clipboard: a fragment of a graph (the copied nodes and the edges between them),
 * pasted with fresh ids and an offset that grows with each paste so copies do not pile up.
 */
final class GraphClipboard {

    /** How far each successive paste lands from the original, in canvas pixels. */
    static final double OFFSET = 32;

    /** A graph after a paste, with the ids of the pasted nodes in fragment order. */
    record Pasted(ModelGraph graph, List<String> ids) {
    }

    private ModelGraph fragment;
    private int pastes;

    /** Keeps the given nodes and the edges between them; {@code cut} pastes the first copy in place. */
    void put(ModelGraph fragment, boolean cut) {
        this.fragment = fragment;
        this.pastes = cut ? -1 : 0;
    }

    boolean isEmpty() {
        return fragment == null || fragment.nodes().isEmpty();
    }

    /** Pastes the fragment into {@code target}, each time a step further away; empty if there is nothing. */
    Optional<Pasted> pasteInto(ModelGraph target) {
        if (isEmpty()) {
            return Optional.empty();
        }
        pastes++;
        double offset = OFFSET * pastes;
        return Optional.of(paste(target, fragment, offset, offset));
    }

    /** The selected nodes of {@code graph} and only the edges whose two ends are both selected. */
    static ModelGraph fragmentOf(ModelGraph graph, Collection<String> ids) {
        List<Node> nodes = graph.nodes().stream().filter(n -> ids.contains(n.id())).toList();
        List<Edge> edges = graph.edges().stream()
                .filter(e -> ids.contains(e.from()) && ids.contains(e.to()))
                .toList();
        return new ModelGraph(nodes, edges);
    }

    /** Adds copies of the fragment's nodes under fresh ids, moved by (dx, dy), with its internal edges. */
    static Pasted paste(ModelGraph target, ModelGraph fragment, double dx, double dy) {
        Map<String, String> newIds = new HashMap<>();
        List<String> ids = new ArrayList<>();
        ModelGraph result = target;
        for (Node node : fragment.nodes()) {
            String id = result.nextId(node.kind());
            result = result.withNode(new Node(id, node.spec(), node.x() + dx, node.y() + dy));
            newIds.put(node.id(), id);
            ids.add(id);
        }
        for (Edge edge : fragment.edges()) {
            result = result.connect(newIds.get(edge.from()), newIds.get(edge.to()));
        }
        return new Pasted(result, List.copyOf(ids));
    }
}
