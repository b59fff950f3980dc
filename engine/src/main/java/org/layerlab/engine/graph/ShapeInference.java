package org.layerlab.engine.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out each node's output size and parameter count from the Input's features, counting
 * parameters as Keras shows them. Nodes whose size cannot be known (no input, a cycle, bad
 * settings, or an input that is itself unknown) are left out rather than guessed.
 */
public final class ShapeInference {

    private ShapeInference() {
    }

    /** The shape of every node whose size can be inferred, in topological order. */
    public static Map<String, NodeShape> infer(ModelGraph graph) {
        return infer(new Topology(graph));
    }

    static Map<String, NodeShape> infer(Topology topology) {
        Map<String, NodeShape> shapes = new LinkedHashMap<>();
        for (String id : topology.order()) {
            NodeShape shape = shapeOf(topology.node(id), inputSizes(topology.inputsOf(id), shapes));
            if (shape != null) {
                shapes.put(id, shape);
            }
        }
        return shapes;
    }

    /** Sizes of the inputs, or null when any of them is unknown. */
    private static List<Integer> inputSizes(List<String> inputIds, Map<String, NodeShape> shapes) {
        List<Integer> sizes = new ArrayList<>();
        for (String id : inputIds) {
            NodeShape shape = shapes.get(id);
            if (shape == null) {
                return null;
            }
            sizes.add(shape.outputSize());
        }
        return sizes;
    }

    private static NodeShape shapeOf(Node node, List<Integer> in) {
        LayerSpec spec = node.spec();
        if (spec instanceof InputSpec input) {
            return input.features() >= 1 ? NodeShape.passThrough(input.features()) : null;
        }
        if (in == null || in.isEmpty()) {
            return null;
        }
        if (spec instanceof MergeSpec merge) {
            return mergeShape(merge, in);
        }
        if (in.size() != 1) {
            return null;
        }
        long n = in.get(0);
        if (spec instanceof DenseSpec dense) {
            return dense.units() < 1 ? null
                    : trainable(dense.units(), n * dense.units() + (dense.bias() ? dense.units() : 0));
        }
        if (spec instanceof OutputSpec output) {
            return output.units() < 1 ? null : trainable(output.units(), n * output.units() + output.units());
        }
        if (spec instanceof LayerNormSpec) {
            // DL4J keeps one gain per unit ("g") inside the Dense layer before it; shown on this node.
            return trainable((int) n, n);
        }
        if (spec instanceof BatchNormSpec) {
            // gamma and beta are learned; the moving mean and variance are not (Keras counts all four).
            return new NodeShape((int) n, 4 * n, 2 * n);
        }
        return NodeShape.passThrough((int) n);
    }

    private static NodeShape mergeShape(MergeSpec merge, List<Integer> in) {
        if (merge.mode() == null) {
            return null;
        }
        return switch (merge.mode()) {
            case CONCATENATE -> {
                long sum = in.stream().mapToLong(Integer::longValue).sum();
                yield sum > Integer.MAX_VALUE ? null : NodeShape.passThrough((int) sum);
            }
            case ADD -> in.stream().distinct().count() == 1 ? NodeShape.passThrough(in.get(0)) : null;
        };
    }

    private static NodeShape trainable(int size, long parameters) {
        return new NodeShape(size, parameters, parameters);
    }
}
