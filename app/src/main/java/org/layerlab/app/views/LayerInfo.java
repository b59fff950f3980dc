package org.layerlab.app.views;

import org.layerlab.engine.graph.Activation;
import org.layerlab.engine.graph.ActivationSpec;
import org.layerlab.engine.graph.DenseSpec;
import org.layerlab.engine.graph.LayerKind;
import org.layerlab.engine.graph.ModelGraph;
import org.layerlab.engine.graph.Node;
import org.layerlab.engine.graph.OutputSpec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a view prints about a graph node next to its data: the id, the kind, the key settings
 * ("Dense 16 · relu") and the activation function when it has one.
 *
 * @param activation the node's activation, or null (Dropout, normalization, unknown nodes)
 * @param order      position in the graph's topological order, input side first (-1 if unknown)
 */
public record LayerInfo(String nodeId, LayerKind kind, String summary, Activation activation, int order) {

    /** A node the view has no graph for: its id is all it can say. */
    public static LayerInfo unknown(String nodeId) {
        return new LayerInfo(nodeId, null, "", null, -1);
    }

    /** Every node of the graph by id, in topological order when the graph has one. */
    public static Map<String, LayerInfo> of(ModelGraph graph) {
        List<Node> nodes = graph.topologicalOrder().orElse(graph.nodes());
        Map<String, LayerInfo> infos = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            infos.put(n.id(), new LayerInfo(n.id(), n.kind(), n.spec().summary(), activationOf(n), i));
        }
        return infos;
    }

    /** "dense_1 · Dense 16 · relu", or the id alone. */
    public String title() {
        return summary.isEmpty() ? nodeId : nodeId + " · " + summary;
    }

    /**
     * The range an activation squashes into, where values piling up at the ends mean saturation
     * (sigmoid at 0 or 1, tanh at -1 or 1), or null for activations that do not saturate.
     */
    public double[] saturationRange() {
        if (activation == null) {
            return null;
        }
        return switch (activation) {
            case SIGMOID, HARD_SIGMOID -> new double[] {0, 1};
            case TANH, HARD_TANH, SOFTSIGN -> new double[] {-1, 1};
            default -> null;
        };
    }

    /** True for activations whose units can die at exactly zero. */
    public boolean canDie() {
        return activation == Activation.RELU || activation == Activation.RELU6;
    }

    private static Activation activationOf(Node n) {
        if (n.spec() instanceof DenseSpec d) {
            return d.activation();
        }
        if (n.spec() instanceof OutputSpec o) {
            return o.activation();
        }
        if (n.spec() instanceof ActivationSpec a) {
            return a.activation();
        }
        return null;
    }
}
