package org.layerlab.engine.teach;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import org.layerlab.engine.data.DatasetSpec;
import org.layerlab.engine.export.Project;
import org.layerlab.engine.graph.LayerKind;
import org.layerlab.engine.graph.LayerSpec;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.Node;
import org.layerlab.engine.train.TrainingConfig;

import java.util.List;

/**
 * One small change that turns a base project into a variant: set a layer's setting, insert or remove
 * a layer, change a training or dataset setting. Settings are named as in project files; a node
 * selector is a node id or {@code "all:<kind>"} (e.g. {@code "all:dense"}) for every node of a kind.
 * Lessons store edits as JSON ({@code {"op": "set", "node": "dense_1", "field": "units", "value": 64}}).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "op")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ProjectEdit.SetLayer.class, name = "set"),
        @JsonSubTypes.Type(value = ProjectEdit.Insert.class, name = "insert"),
        @JsonSubTypes.Type(value = ProjectEdit.Remove.class, name = "remove"),
        @JsonSubTypes.Type(value = ProjectEdit.SetTraining.class, name = "training"),
        @JsonSubTypes.Type(value = ProjectEdit.SetDataset.class, name = "dataset")
})
public sealed interface ProjectEdit {

    /** The project with this change; a missing node or setting is refused naming it. */
    Project apply(Project project);

    /** Sets {@code field} of the layer(s) {@code node} selects to {@code value}. */
    record SetLayer(String node, String field, JsonNode value) implements ProjectEdit {
        @Override
        public Project apply(Project project) {
            ModelGraph graph = project.graph();
            List<Node> targets = select(graph, node);
            for (Node n : targets) {
                graph = graph.withSpec(n.id(), JsonFields.with(n.spec(), LayerSpec.class, field, value));
            }
            return project.withGraph(graph);
        }
    }

    /** Inserts a new layer {@code id} right after {@code after}: what {@code after} fed now goes through it. */
    record Insert(String after, String id, LayerSpec spec) implements ProjectEdit {
        @Override
        public Project apply(Project project) {
            ModelGraph graph = project.graph();
            Node anchor = graph.require(after);
            String newId = id == null || id.isBlank() ? graph.nextId(spec.kind()) : id;
            List<String> downstream = graph.outputsOf(after);
            graph = graph.withNode(new Node(newId, spec, anchor.x() + 100, anchor.y() + 80));
            for (String next : downstream) {
                graph = graph.disconnect(after, next).connect(newId, next);
            }
            return project.withGraph(graph.connect(after, newId));
        }
    }

    /** Removes layer {@code node} and connects what fed it to what it fed. */
    record Remove(String node) implements ProjectEdit {
        @Override
        public Project apply(Project project) {
            ModelGraph graph = project.graph();
            List<String> inputs = graph.inputsOf(node);
            List<String> outputs = graph.outputsOf(node);
            graph = graph.without(node);
            for (String in : inputs) {
                for (String out : outputs) {
                    if (!graph.inputsOf(out).contains(in)) {
                        graph = graph.connect(in, out);
                    }
                }
            }
            return project.withGraph(graph);
        }
    }

    /** Sets a training setting ("optimizer", "learningRate", "earlyStopping.enabled"). */
    record SetTraining(String field, JsonNode value) implements ProjectEdit {
        @Override
        public Project apply(Project project) {
            return project.withTraining(JsonFields.with(project.training(), TrainingConfig.class, field, value));
        }
    }

    /** Sets a dataset setting ("samples", "noise", "normalization", "knobs.labelNoise"). */
    record SetDataset(String field, JsonNode value) implements ProjectEdit {
        @Override
        public Project apply(Project project) {
            DatasetSpec spec = project.dataset();
            if (field.startsWith("knobs.")) {
                return project.withDataset(spec.withKnobs(JsonFields.with(spec.knobs(),
                        org.layerlab.engine.data.DataKnobs.class, field.substring("knobs.".length()), value)));
            }
            return project.withDataset(JsonFields.with(spec, DatasetSpec.class, field, value));
        }
    }

    /** {@link SetLayer} with a plain Java value (a number, string, boolean or enum). */
    static ProjectEdit setLayer(String node, String field, Object value) {
        return new SetLayer(node, field, JsonFields.node(value));
    }

    static ProjectEdit setTraining(String field, Object value) {
        return new SetTraining(field, JsonFields.node(value));
    }

    static ProjectEdit setDataset(String field, Object value) {
        return new SetDataset(field, JsonFields.node(value));
    }

    static ProjectEdit insert(String after, String id, LayerSpec spec) {
        return new Insert(after, id, spec);
    }

    static ProjectEdit remove(String node) {
        return new Remove(node);
    }

    /** Applies the edits in order. */
    static Project applyAll(Project base, List<? extends ProjectEdit> edits) {
        Project p = base;
        for (ProjectEdit e : edits) {
            p = e.apply(p);
        }
        return p;
    }

    /** The nodes a selector names: one id, or every node of a kind ("all:dense"); none found is an error. */
    static List<Node> select(ModelGraph graph, String selector) {
        if (selector != null && selector.startsWith("all:")) {
            LayerKind kind = LayerKind.fromKey(selector.substring(4));
            List<Node> nodes = graph.nodesOfKind(kind);
            if (nodes.isEmpty()) {
                throw new IllegalArgumentException("the graph has no " + kind.displayName() + " layer (selector '"
                        + selector + "')");
            }
            return nodes;
        }
        return List.of(graph.require(selector));
    }
}
