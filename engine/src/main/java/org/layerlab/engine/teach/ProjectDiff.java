package org.layerlab.engine.teach;

import org.layerlab.engine.data.DatasetSpec;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.graph.Edge;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.Node;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What differs between two projects, one line per difference, as a legend lists them:
 * "dropout_1: rate 0.5 added", "dense_1: units 16 -> 64", "optimizer sgd -> adam",
 * "dataset knobs.labelNoise 0 -> 0.2". Canvas positions, names and descriptions are ignored;
 * a connection is reported only when an added or removed layer does not explain it.
 */
public final class ProjectDiff {

    private ProjectDiff() {
    }

    /** The differences from {@code base} to {@code variant}; empty when they train the same. */
    public static List<String> between(Project base, Project variant) {
        List<String> lines = new ArrayList<>(graph(base.graph(), variant.graph()));
        settings("", JsonFields.flatten(base.training()), JsonFields.flatten(variant.training()), lines);
        settings("dataset ", dataset(base.dataset()), dataset(variant.dataset()), lines);
        return lines;
    }

    private static List<String> graph(ModelGraph base, ModelGraph variant) {
        List<String> lines = new ArrayList<>();
        for (Node b : base.nodes()) {
            Node v = variant.node(b.id()).orElse(null);
            if (v == null) {
                lines.add(b.id() + ": " + describe(b) + " removed");
            } else if (b.kind() != v.kind()) {
                lines.add(b.id() + ": " + b.spec().summary() + " -> " + v.spec().summary());
            } else {
                Map<String, String> before = JsonFields.flatten(b.spec());
                Map<String, String> after = JsonFields.flatten(v.spec());
                after.forEach((field, value) -> {
                    if (!value.equals(before.get(field))) {
                        lines.add(b.id() + ": " + field + " " + before.getOrDefault(field, "none") + " -> " + value);
                    }
                });
            }
        }
        for (Node v : variant.nodes()) {
            if (base.node(v.id()).isEmpty()) {
                lines.add(v.id() + ": " + describe(v) + " added");
            }
        }
        connections(base, variant, "removed", lines);
        connections(variant, base, "added", lines);
        return lines;
    }

    /** A node's settings in a few words: "rate 0.5", or its kind when it has no settings. */
    private static String describe(Node node) {
        Map<String, String> fields = JsonFields.flatten(node.spec());
        fields.remove("kind");
        if (fields.isEmpty()) {
            return node.kind().displayName();
        }
        List<String> parts = new ArrayList<>();
        fields.forEach((k, v) -> parts.add(k + " " + v));
        return String.join(", ", parts);
    }

    /** Edges of {@code from} missing in {@code to} that no path through nodes absent from {@code from} explains. */
    private static void connections(ModelGraph from, ModelGraph to, String verb, List<String> lines) {
        Set<String> common = new HashSet<>();
        from.nodes().forEach(n -> to.node(n.id()).ifPresent(x -> common.add(n.id())));
        for (Edge e : from.edges()) {
            if (common.contains(e.from()) && common.contains(e.to()) && !to.edges().contains(e)
                    && !linkedThroughNew(to, e, common)) {
                lines.add("connection " + e.from() + " -> " + e.to() + " " + verb);
            }
        }
    }

    /** True when {@code graph} leads from e.from to e.to only through nodes outside {@code common}. */
    private static boolean linkedThroughNew(ModelGraph graph, Edge e, Set<String> common) {
        Deque<String> queue = new ArrayDeque<>(graph.outputsOf(e.from()));
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (id.equals(e.to())) {
                return true;
            }
            if (!common.contains(id) && seen.add(id)) {
                queue.addAll(graph.outputsOf(id));
            }
        }
        return false;
    }

    private static Map<String, String> dataset(DatasetSpec spec) {
        Map<String, String> fields = JsonFields.flatten(spec.withKnobs(null));
        fields.keySet().removeIf(k -> k.startsWith("knobs"));
        JsonFields.flatten(spec.knobs()).forEach((k, v) -> fields.put("knobs." + k, v));
        return fields;
    }

    private static void settings(String prefix, Map<String, String> before, Map<String, String> after,
                                 List<String> lines) {
        Map<String, String> all = new LinkedHashMap<>(before);
        after.forEach(all::putIfAbsent);
        for (String field : all.keySet()) {
            String b = before.getOrDefault(field, "none");
            String a = after.getOrDefault(field, "none");
            if (!a.equals(b)) {
                lines.add(prefix + field + " " + b + " -> " + a);
            }
        }
    }
}
