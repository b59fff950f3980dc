package org.layerlab.engine.graph;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The graph as Keras' {@code model.summary()} shows it: one row per node in topological order with
 * its output shape and parameter count, and the totals. Nodes whose shape is unknown (not connected,
 * on a cycle) come last with "?" for a shape and no parameters, and make the summary incomplete.
 */
public record ModelSummary(List<Row> rows, long totalParameters, long trainableParameters, boolean complete) {

    /**
     * One line of the table.
     *
     * @param nodeId      the node's id ("dense_1")
     * @param layer       id and kind as Keras prints them ("dense_1 (Dense)")
     * @param outputShape batch dimension first, "(None, 16)"; "?" when unknown
     * @param parameters  all parameters of the node, trainable or not
     */
    public record Row(String nodeId, String layer, String outputShape, long parameters) {
    }

    public ModelSummary {
        rows = List.copyOf(rows);
    }

    public static ModelSummary of(ModelGraph graph) {
        Topology topology = new Topology(graph);
        Map<String, NodeShape> shapes = ShapeInference.infer(topology);
        Set<String> order = new LinkedHashSet<>(topology.order());
        order.retainAll(shapes.keySet());
        order.addAll(topology.nodes().keySet());
        List<Row> rows = new ArrayList<>();
        long total = 0;
        long trainable = 0;
        for (String id : order) {
            Node node = topology.node(id);
            NodeShape shape = shapes.get(id);
            String layer = id + " (" + node.kind().displayName() + ")";
            if (shape == null) {
                rows.add(new Row(id, layer, "?", 0));
            } else {
                rows.add(new Row(id, layer, "(None, " + shape.outputSize() + ")", shape.parameters()));
                total += shape.parameters();
                trainable += shape.trainableParameters();
            }
        }
        return new ModelSummary(rows, total, trainable, shapes.size() == order.size());
    }

    public long nonTrainableParameters() {
        return totalParameters - trainableParameters;
    }

    /** The Keras-style table, lines ending in '\n'. */
    public String toText() {
        String[] header = {"Layer (type)", "Output Shape", "Param #"};
        int[] width = {header[0].length(), header[1].length(), header[2].length()};
        for (Row row : rows) {
            width[0] = Math.max(width[0], row.layer().length());
            width[1] = Math.max(width[1], row.outputShape().length());
            width[2] = Math.max(width[2], count(row.parameters()).length());
        }
        String format = " %-" + (width[0] + 3) + "s%-" + (width[1] + 3) + "s%s";
        int lineWidth = width[0] + width[1] + width[2] + 7; // the leading space and two 3-space gutters
        StringBuilder text = new StringBuilder();
        text.append("_".repeat(lineWidth)).append('\n');
        text.append(String.format(Locale.ROOT, format, (Object[]) header).stripTrailing()).append('\n');
        text.append("=".repeat(lineWidth)).append('\n');
        for (Row row : rows) {
            String params = row.outputShape().equals("?") ? "?" : count(row.parameters());
            text.append(String.format(Locale.ROOT, format, row.layer(), row.outputShape(), params).stripTrailing())
                    .append('\n');
        }
        text.append("=".repeat(lineWidth)).append('\n');
        text.append("Total params: ").append(count(totalParameters)).append('\n');
        text.append("Trainable params: ").append(count(trainableParameters)).append('\n');
        text.append("Non-trainable params: ").append(count(nonTrainableParameters())).append('\n');
        text.append("_".repeat(lineWidth)).append('\n');
        return text.toString();
    }

    /** 567434 -> "567,434", as Keras prints totals. */
    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
